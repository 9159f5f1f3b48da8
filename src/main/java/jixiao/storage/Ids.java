package jixiao.storage;

import java.util.regex.Pattern;
import jixiao.web.NotFound;

/**
 * Ids in a path: the store makes them as UUIDs, so anything else (non-numeric junk, a huge string)
 * names nothing and is a 404 at once, without a query.
 */
final class Ids {
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {
    }

    static String declaration(String id) {
        return checked("declaration", id);
    }

    static String evaluation(String id) {
        return checked("evaluation", id);
    }

    private static String checked(String kind, String id) {
        if (id == null || id.length() != 36 || !UUID.matcher(id).matches()) {
            String shown = id == null ? "" : id.length() > 40 ? id.substring(0, 40) + "…" : id;
            throw new NotFound(kind, shown, "id");
        }
        return id;
    }
}
