package jixiao.tables;

import java.util.List;
import java.util.SortedMap;

/**
 * The table files in force from a fiscal year on: the base files of {@code scoring-tables/} with those of every
 * year folder up to {@code firstYear} put in their place.
 *
 * @param firstYear the first fiscal year these tables are in force for; null for the base set (every year
 *                  before the first year folder, or every year when there is none)
 * @param files     by name in the base layout, in the order the version hashes them
 */
public record TableSet(Integer firstYear, SortedMap<String, TableFile> files) {
    static final String TEMPLATES = "templates/";

    /** A file the tables cannot do without. */
    TableFile require(String name) {
        TableFile f = files.get(name);
        if (f == null) {
            throw new TableException(TableYears.ROOT + name, 0, "missing: the scoring tables need this file");
        }
        return f;
    }

    /** The scoring tables, {@code templates/*.yml}, by file name. */
    List<TableFile> templates() {
        return files.values().stream().filter(f -> isTemplate(f.name())).toList();
    }

    /** Whether any file lies under {@code templates/}. */
    boolean hasTemplatesFolder() {
        return files.keySet().stream().anyMatch(n -> n.startsWith(TEMPLATES));
    }

    static boolean isTemplate(String name) {
        return name.startsWith(TEMPLATES) && name.endsWith(".yml") && name.indexOf('/', TEMPLATES.length()) < 0;
    }
}
