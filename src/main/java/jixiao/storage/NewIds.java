package jixiao.storage;

import java.util.UUID;

/**
 * Ids of new rows: UUIDs of version 7 (RFC 9562), whose first 48 bits are the time in milliseconds and the
 * remaining 74 free bits random (from {@link UUID#randomUUID()}, a secure generator). Ids made later sort
 * later, so each table's id index (and every index that leads with an id) grows at its right-hand end: a
 * commit rewrites the few pages at that end instead of one page per row scattered over the whole index. With
 * random ids a bulk upload on H2 wrote about twice its own size to the file (on PostgreSQL, too, each row
 * dirtied a page of its own in every such index). The text form is a UUID like any other (8-4-4-4-12 hex digits).
 */
final class NewIds {
    private NewIds() {
    }

    static String next() {
        return next(System.currentTimeMillis(), UUID.randomUUID());
    }

    /** The version 7 UUID of {@code millis} with the random bits of {@code random}. */
    static String next(long millis, UUID random) {
        long high = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (random.getMostSignificantBits() & 0x0FFFL);
        long low = random.getLeastSignificantBits() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
