package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Batch items are stored in groups, reported only once stored, and a bad item fails alone. */
class GroupCommitTest {

    /** Stores into a list; refuses any transaction that holds {@code bad}. */
    private static final class Recording implements GroupCommit.Sink<String> {
        final List<List<String>> transactions = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> stored = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> failed = Collections.synchronizedList(new ArrayList<>());
        private final String bad;

        Recording(String bad) {
            this.bad = bad;
        }

        @Override
        public void store(List<String> items) {
            if (items.contains(bad)) {
                throw new IllegalStateException("refused");
            }
            transactions.add(items);
        }

        @Override
        public void stored(int index, String item) {
            stored.add(index);
        }

        @Override
        public void failed(int index) {
            failed.add(index);
        }
    }

    @Test
    void itemsAreStoredInGroupsAndReportedOnlyOnceTheirGroupCommitted() {
        Recording sink = new Recording(null);
        GroupCommit<String> groups = new GroupCommit<>(sink, 3);
        for (int i = 0; i < 7; i++) {
            groups.add(i, "item" + i);
            assertEquals(i < 2 ? 0 : i < 5 ? 3 : 6, sink.stored.size(), "after item " + i);
        }
        groups.flush();
        assertEquals(List.of(List.of("item0", "item1", "item2"), List.of("item3", "item4", "item5"), List.of("item6")),
                sink.transactions);
        assertEquals(7, sink.stored.size());
        groups.flush();
        assertEquals(3, sink.transactions.size());
    }

    @Test
    void aGroupThatCannotCommitIsStoredItemByItemSoOnlyTheBadItemFails() {
        Recording sink = new Recording("item4");
        GroupCommit<String> groups = new GroupCommit<>(sink, 3);
        for (int i = 0; i < 6; i++) {
            groups.add(i, "item" + i);
        }
        groups.flush();
        assertEquals(List.of(List.of("item0", "item1", "item2"), List.of("item3"), List.of("item5")), sink.transactions);
        assertEquals(List.of(0, 1, 2, 3, 5), sink.stored);
        assertEquals(List.of(4), sink.failed);
    }
}
