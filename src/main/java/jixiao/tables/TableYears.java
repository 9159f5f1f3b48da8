package jixiao.tables;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layout of {@code scoring-tables/} by fiscal year. The files at its top (and {@code templates/}) are the
 * base set; a folder named for a fiscal year ({@code 2026/}) holds only the files that change from that year
 * on, each at the path of the base file it replaces ({@code 2026/templates/mof-project.yml}), or a new
 * {@code templates/*.yml}. A file of a year folder stays in force for the later years until another year
 * folder replaces it again. {@code forms.yml} is read before a form's year is known, so it has no yearly
 * copies; any other file that is not a base file, and any other folder, is refused.
 */
public final class TableYears {
    static final String ROOT = "scoring-tables/";
    /** The fiscal years a declaration may have (as the API checks them). */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final String FORMS = "forms.yml";

    private TableYears() {
    }

    /** The sets of tables in force, the base set first, then one per year folder in year order. */
    public static List<TableSet> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new TableException(dir.toString(), 0, "not a directory");
        }
        SortedMap<String, TableFile> base = new TreeMap<>();
        SortedMap<Integer, Path> years = new TreeMap<>();
        for (Path child : list(dir)) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child) && !name.equals("templates")) {
                years.put(year(name), child);
            } else {
                files(child, dir).forEach(p -> base.put(relative(dir, p), new TableFile(relative(dir, p),
                        ROOT + relative(dir, p), p)));
            }
        }
        List<TableSet> sets = new ArrayList<>();
        sets.add(new TableSet(null, base));
        SortedMap<String, TableFile> inForce = base;
        for (Map.Entry<Integer, Path> year : years.entrySet()) {
            inForce = new TreeMap<>(inForce);
            for (TableFile f : yearFiles(year.getKey(), year.getValue(), base)) {
                inForce.put(f.name(), f);
            }
            sets.add(new TableSet(year.getKey(), inForce));
        }
        return List.copyOf(sets);
    }

    /** A year folder's name, checked: four digits, a year a declaration may have. */
    private static int year(String folder) {
        String shown = ROOT + folder + "/";
        if (!YEAR.matcher(folder).matches()) {
            throw new TableException(shown, 0, "a folder here holds the tables of a fiscal year from that year on: "
                    + "its name must be a 4-digit year from " + MIN_YEAR + " to " + MAX_YEAR + " (e.g. 2026)");
        }
        int year = Integer.parseInt(folder);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new TableException(shown, 0, "year " + year + " is outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        return year;
    }

    /** A year folder's files, each replacing a base file of the same path or adding a scoring table. */
    private static List<TableFile> yearFiles(int year, Path folder, Map<String, TableFile> base) {
        List<TableFile> out = new ArrayList<>();
        for (Path p : files(folder, folder)) {
            String name = relative(folder, p);
            String shown = ROOT + year + "/" + name;
            if (name.equals(FORMS)) {
                throw new TableException(shown, 0, "forms.yml is read before a form's year is known: "
                        + "it has one version for every year, at " + ROOT + FORMS);
            }
            if (!base.containsKey(name) && !TableSet.isTemplate(name)) {
                throw new TableException(shown, 0, "unknown file: a year folder holds only files that replace a base "
                        + "file of the same path (" + String.join(", ", base.keySet()) + ") or new templates/*.yml");
            }
            out.add(new TableFile(name, shown, p));
        }
        if (out.isEmpty()) {
            throw new TableException(ROOT + year + "/", 0, "no table file: a year folder holds the files that change "
                    + "from that year on");
        }
        return out;
    }

    /** The regular files at or under {@code path}. */
    private static List<Path> files(Path path, Path root) {
        if (!Files.isDirectory(path)) {
            return Files.isRegularFile(path) ? List.of(path) : List.of();
        }
        try (Stream<Path> s = Files.walk(path)) {
            return s.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new TableException(ROOT + relative(root, path), 0, "cannot be listed: " + e.getMessage());
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new TableException(dir.toString(), 0, "cannot be listed: " + e.getMessage());
        }
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
