package jixiao.scoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import jixiao.engine.RuleBase;
import jixiao.engine.RuleFile;
import jixiao.tables.ScoringTables;
import jixiao.tables.TableException;
import jixiao.tables.TableLoader;
import jixiao.tables.TableSet;
import jixiao.tables.TableYears;

/**
 * The rules and tables one evaluation is computed with, and their version: a SHA-256 over the path and
 * content of every file under {@code rules/} and of the {@code scoring-tables/} files in force for the
 * fiscal year, each under its path in the base layout ({@link TableYears}), so that publishing a later
 * year's folder leaves an earlier year's version unchanged; each folder also has its own hash, so a
 * re-evaluation can say which of the two changed.
 */
public record Ruleset(String version, String rulesVersion, String tablesVersion, RuleBase rules,
                      ScoringTables tables) {

    /** The ruleset of the latest fiscal year (the one a declaration without a year is scored with). */
    public static Ruleset load(Path rulesDir, Path tablesDir) {
        List<InForce> all = loadYears(rulesDir, tablesDir);
        return all.get(all.size() - 1).ruleset();
    }

    /**
     * A ruleset and the first fiscal year it is in force for (null: every year before the next one's, or
     * every year when it is the only one).
     */
    public record InForce(Integer firstYear, Ruleset ruleset) {
    }

    /**
     * The ruleset of each set of tables in force, oldest first, with the rules compiled once and shared (the
     * rule base does not depend on the tables). A year folder whose files leave the tables as they were
     * (the same content) starts no new set. Every set is validated, its errors naming file and line.
     */
    public static List<InForce> loadYears(Path rulesDir, Path tablesDir) {
        List<TableSet> sets = TableYears.read(tablesDir);
        List<ScoringTables> tables = new ArrayList<>();
        for (TableSet set : sets) {
            ScoringTables loaded = TableLoader.load(set);
            new Tables(loaded); // the names of kinds in the tables (deviation types, severities, lights) are checked now
            tables.add(loaded);
        }
        List<Entry> rules = entries(rulesDir, "rules/");
        String rulesVersion = version(rules);
        RuleBase ruleBase = RuleBase.load(ruleFiles(rules), rulesVersion, RuleScope.all());
        List<InForce> out = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            List<Entry> tableFiles = entries(sets.get(i));
            String tablesVersion = version(tableFiles);
            if (!out.isEmpty() && out.get(out.size() - 1).ruleset().tablesVersion().equals(tablesVersion)) {
                continue;
            }
            List<Entry> all = new ArrayList<>(rules);
            all.addAll(tableFiles);
            out.add(new InForce(sets.get(i).firstYear(),
                    new Ruleset(version(all), rulesVersion, tablesVersion, ruleBase, tables.get(i))));
        }
        return List.copyOf(out);
    }

    /** The DRL files of a rules folder and the folder's version ({@link #rulesVersion()} of a ruleset loaded from it). */
    public record RulesFolder(List<RuleFile> files, String version) {
    }

    /** Reads a rules folder the way {@link #load} does, without compiling it (the build's model generator uses it). */
    public static RulesFolder readRules(Path rulesDir) {
        List<Entry> rules = entries(rulesDir, "rules/");
        return new RulesFolder(ruleFiles(rules), version(rules));
    }

    /** A file of a folder: its name as hashed and shown ({@code rules/10-classify.drl}) and its bytes. */
    private record Entry(String name, byte[] content) {
    }

    private static List<Entry> entries(Path dir, String prefix) {
        return files(dir).stream()
                .map(p -> new Entry(prefix + dir.relativize(p).toString().replace('\\', '/'), read(p)))
                .toList();
    }

    /** The files of a set of tables, each under its path in the base layout, as {@code scoring-tables/NAME}. */
    private static List<Entry> entries(TableSet set) {
        return set.files().values().stream().map(f -> new Entry("scoring-tables/" + f.name(), read(f.path()))).toList();
    }

    private static List<RuleFile> ruleFiles(List<Entry> rules) {
        return rules.stream().filter(e -> e.name().endsWith(".drl"))
                .map(e -> new RuleFile(e.name(), new String(e.content(), StandardCharsets.UTF_8))).toList();
    }

    private static String version(List<Entry> entries) {
        MessageDigest digest = sha256();
        entries.forEach(e -> add(digest, e.name(), e.content()));
        return hex(digest);
    }

    private static String hex(MessageDigest digest) {
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, String name, byte[] content) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new TableException(dir.toString(), 0, "not a directory");
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .sorted((a, b) -> dir.relativize(a).toString().replace('\\', '/')
                            .compareTo(dir.relativize(b).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new TableException(dir.toString(), 0, "cannot be listed: " + e.getMessage());
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new TableException(p.toString(), 0, "cannot be read: " + e.getMessage());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
