package jixiao.tables;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import jixiao.indicator.Approximations;
import jixiao.indicator.CompletionTier;
import jixiao.indicator.Normaliser;
import jixiao.indicator.Op;
import jixiao.indicator.UnitDef;
import jixiao.indicator.Vocabulary;

/** Reads and validates {@code scoring-tables/}; any problem names the file, the line and what is wrong. */
public final class TableLoader {
    private static final String ROOT = "scoring-tables/";

    private TableLoader() {
    }

    public static ScoringTables load(Path dir) {
        YamlNode vocabularyYaml = YamlNode.load(require(dir, "vocabulary.yml"), ROOT + "vocabulary.yml");
        Vocabulary vocabulary = vocabulary(vocabularyYaml);
        Policy policy = policy(YamlNode.load(require(dir, "scoring.yml"), ROOT + "scoring.yml"));
        List<ScaleTerm> scales = scales(dir, policy);
        Map<String, Template> templates = templates(dir);
        List<String> zeroWords = vocabularyYaml.get("zeroWords").strings();
        List<String> cumulative = vocabularyYaml.get("cumulativeUnits").strings();
        Set<String> known = new HashSet<>();
        vocabulary.units().forEach(u -> known.add(u.unit()));
        YamlNode cumulativeNode = vocabularyYaml.get("cumulativeUnits");
        for (int i = 0; i < cumulative.size(); i++) {
            if (!known.contains(cumulative.get(i))) {
                throw cumulativeNode.list().get(i).error("'" + cumulative.get(i) + "' is not in the unit list");
            }
        }
        return new ScoringTables(vocabulary, policy, scales, templates, zeroWords, cumulative);
    }

    private static Path require(Path dir, String name) {
        Path p = dir.resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new TableException(ROOT + name, 0, "missing: the scoring tables need this file");
        }
        return p;
    }

    private static Vocabulary vocabulary(YamlNode root) {
        List<UnitDef> units = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode row : root.get("units").list()) {
            String unit = row.get("unit").nonBlank();
            if (!seen.add(unit)) {
                throw row.error("unit '" + unit + "' is listed twice");
            }
            String dimension = row.opt("dimension").map(YamlNode::nonBlank).orElse(unit);
            BigDecimal factor = row.opt("factor").map(YamlNode::number).orElse(BigDecimal.ONE);
            if (factor.signum() <= 0) {
                throw row.get("factor").error("factor must be positive");
            }
            units.add(new UnitDef(unit, dimension, factor));
        }
        Map<String, BigDecimal> multipliers = new LinkedHashMap<>();
        root.get("multipliers").map().forEach((k, v) -> multipliers.put(k, v.number()));
        Map<Op, List<String>> before = new EnumMap<>(Op.class);
        Map<Op, List<String>> after = new EnumMap<>(Op.class);
        root.get("comparators").map().forEach((k, v) -> {
            Op op = Op.fromText(k).filter(o -> o != Op.BETWEEN)
                    .orElseThrow(() -> v.error("'" + k + "' is not a comparator (>=, <=, >, <, =)"));
            before.put(op, v.opt("before").map(YamlNode::strings).orElse(List.of()));
            after.put(op, v.opt("after").map(YamlNode::strings).orElse(List.of()));
        });
        Map<String, CompletionTier> tiers = new HashMap<>();
        root.get("tiers").map().forEach((k, v) -> {
            CompletionTier tier = tier(k, v);
            v.strings().forEach(word -> tiers.put(Normaliser.normalise(word), tier));
        });
        YamlNode inference = root.get("inference");
        String yearPeriod = root.get("yearPeriod").nonBlank();
        List<String> periods = root.get("periods").strings();
        if (!periods.contains(yearPeriod)) {
            throw root.get("yearPeriod").error("'" + yearPeriod + "' is not one of the periods");
        }
        return new Vocabulary(units, multipliers, periods, yearPeriod, before, after, tiers,
                inference.get("atLeastEndings").strings(), inference.get("atLeastRateStems").strings(),
                inference.get("costDimensions").strings(), inference.get("atMostWords").strings(),
                approximations(root));
    }

    /** §1.6 approximation words; a table without the section reads none. */
    private static Approximations approximations(YamlNode root) {
        return root.opt("approximations").map(a -> new Approximations(
                a.opt("before").map(YamlNode::strings).orElse(List.of()),
                a.opt("afterNumber").map(YamlNode::strings).orElse(List.of()),
                a.opt("afterUnit").map(YamlNode::strings).orElse(List.of()),
                a.opt("nearly").map(YamlNode::strings).orElse(List.of()))).orElse(Approximations.none());
    }

    private static CompletionTier tier(String name, YamlNode at) {
        try {
            return CompletionTier.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw at.error("'" + name + "' is not a tier (ACHIEVED, PARTIAL, UNMET)");
        }
    }

    private static Policy policy(YamlNode root) {
        YamlNode quantitative = root.get("quantitative");
        String reverseMode = quantitative.get("reverseMode").oneOf("ratio", "linear");
        String equalsMode = quantitative.get("equalsMode").oneOf("directional", "strict");
        YamlNode qualitative = root.get("qualitative");
        Map<CompletionTier, Policy.TierBand> tiers = new EnumMap<>(CompletionTier.class);
        qualitative.get("tiers").map().forEach((k, v) -> {
            CompletionTier tier = tier(k, v);
            BigDecimal from = v.get("from").fraction();
            BigDecimal to = v.get("to").fraction();
            BigDecimal score = v.get("score").fraction();
            boolean inclusive = v.opt("toInclusive").map(YamlNode::bool).orElse(false);
            if (from.compareTo(to) >= 0) {
                throw v.error("'from' must be below 'to'");
            }
            if (score.compareTo(from) < 0 || score.compareTo(to) > 0) {
                throw v.get("score").error("the default score must lie inside its band");
            }
            tiers.put(tier, new Policy.TierBand(tier.name(), from, to, inclusive, score));
        });
        if (tiers.size() != CompletionTier.values().length) {
            throw qualitative.get("tiers").error("all three tiers ACHIEVED, PARTIAL, UNMET are needed");
        }
        List<Policy.GenericRank> ranks = new ArrayList<>();
        for (YamlNode r : qualitative.get("genericRanks").list()) {
            ranks.add(new Policy.GenericRank(r.get("rank").integer(), r.get("prefixes").strings(),
                    r.opt("negated").map(YamlNode::bool).orElse(false)));
        }
        List<Policy.GradeBand> grades = new ArrayList<>();
        BigDecimal previous = null;
        for (YamlNode g : root.get("grades").list()) {
            BigDecimal min = g.get("min").number();
            if (previous != null && min.compareTo(previous) >= 0) {
                throw g.get("min").error("grades must be listed best first, with falling minimums");
            }
            previous = min;
            grades.add(new Policy.GradeBand(g.get("grade").nonBlank(), min));
        }
        YamlNode deviations = root.get("deviations");
        YamlNode monitoring = root.get("monitoring");
        int month = monitoring.get("defaultMonth").integer();
        if (month < 1 || month > 11) {
            throw monitoring.get("defaultMonth").error("must be a month from 1 to 11");
        }
        Policy.Monitoring m = new Policy.Monitoring(month, monitoring.get("redBelow").number(),
                monitoring.get("yellowBelow").number(), monitoring.get("blueFrom").number());
        if (m.redBelow().compareTo(m.yellowBelow()) > 0 || m.yellowBelow().compareTo(m.blueFrom()) > 0) {
            throw monitoring.error("bands must rise: redBelow ≤ yellowBelow ≤ blueFrom");
        }
        YamlNode buckets = root.get("summary").get("scoreBuckets");
        List<BigDecimal> edges = new ArrayList<>();
        for (YamlNode edge : buckets.list()) {
            BigDecimal value = edge.number();
            if (!edges.isEmpty() && value.compareTo(edges.get(edges.size() - 1)) <= 0) {
                throw edge.error("score bucket edges must rise");
            }
            edges.add(value);
        }
        return new Policy(reverseMode, equalsMode, tiers, ranks,
                qualitative.get("negativeTargetPrefixes").strings(), grades,
                deviations.get("targetTooLow").number(), deviations.get("lowBudgetExecutionPercent").number(),
                deviations.get("scoreSpendMismatchPoints").number(), m, List.copyOf(edges));
    }

    private static List<ScaleTerm> scales(Path dir, Policy policy) {
        List<String> negations = policy.genericRanks().stream().filter(Policy.GenericRank::negated)
                .flatMap(r -> r.prefixes().stream()).toList();
        Map<String, Map<String, Integer>> byScale = new TreeMap<>();
        List<ScaleTerm> terms = new ArrayList<>();
        for (CsvRow row : csv(require(dir, "scales.csv"), "scales.csv", List.of("scale", "rank", "term", "negated"), 3)) {
            String scale = row.value("scale");
            String term = Normaliser.normalise(row.value("term"));
            int rank = row.positiveInt("rank");
            Map<String, Integer> scaleTerms = byScale.computeIfAbsent(scale, s -> new HashMap<>());
            if (scaleTerms.putIfAbsent(term, rank) != null) {
                throw row.error("term '" + term + "' is listed twice in scale '" + scale + "'");
            }
            // negated: starts with a negation prefix, or is marked so (否, a negation without a prefix)
            boolean negated = row.flag("negated") || negations.stream().anyMatch(term::startsWith);
            terms.add(new ScaleTerm(scale, rank, term, negated));
        }
        List<ScaleTerm> expanded = new ArrayList<>(terms);
        for (CsvRow row : csv(require(dir, "scale-prefixes.csv"), "scale-prefixes.csv", List.of("scale", "prefix"))) {
            String scale = row.value("scale");
            if (!byScale.containsKey(scale)) {
                throw row.error("unknown scale '" + scale + "' (not in scales.csv)");
            }
            String prefix = Normaliser.normalise(row.value("prefix"));
            for (ScaleTerm t : terms) {
                if (t.scale().equals(scale)) {
                    expanded.add(new ScaleTerm(scale, t.rank(), prefix + t.term(), t.negated()));
                }
            }
        }
        return List.copyOf(expanded);
    }

    private static Map<String, Template> templates(Path dir) {
        Path templatesDir = dir.resolve("templates");
        if (!Files.isDirectory(templatesDir)) {
            throw new TableException(ROOT + "templates/", 0, "missing: at least one scoring table is needed");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(templatesDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new TableException(ROOT + "templates/", 0, "cannot be listed: " + e.getMessage());
        }
        Map<String, Template> out = new TreeMap<>();
        Map<String, String> defaults = new HashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            YamlNode root = YamlNode.load(file, ROOT + "templates/" + name);
            Template t = template(root, name.substring(0, name.length() - ".yml".length()));
            if (t.defaultFor() != null && defaults.put(t.defaultFor(), t.id()) != null) {
                throw root.get("defaultFor").error("another table is already the default for " + t.defaultFor());
            }
            out.put(t.id(), t);
        }
        if (out.isEmpty()) {
            throw new TableException(ROOT + "templates/", 0, "no scoring table (*.yml) found");
        }
        return out;
    }

    private static Template template(YamlNode root, String fileId) {
        String id = root.get("id").nonBlank();
        if (!id.equals(fileId)) {
            throw root.get("id").error("id '" + id + "' must match the file name '" + fileId + ".yml'");
        }
        String defaultFor = root.opt("defaultFor").map(n -> n.oneOf("PROJECT", "DEPARTMENT")).orElse(null);
        List<Template.GroupDef> groups = new ArrayList<>();
        Map<String, String> aliasOwner = new HashMap<>();
        int budgetGroups = 0;
        for (YamlNode g : root.get("groups").list()) {
            String name = g.get("name").nonBlank();
            BigDecimal weight = g.get("weight").number();
            if (weight.signum() <= 0) {
                throw g.get("weight").error("weight must be positive");
            }
            boolean budget = g.opt("budget").map(YamlNode::bool).orElse(false);
            budgetGroups += budget ? 1 : 0;
            List<String> aliases = new ArrayList<>();
            aliases.add(Normaliser.groupKey(name));
            g.opt("aliases").ifPresent(a -> a.strings().forEach(s -> aliases.add(Normaliser.groupKey(s))));
            for (String alias : new HashSet<>(aliases)) {
                String owner = aliasOwner.putIfAbsent(alias, name);
                if (owner != null && !owner.equals(name)) {
                    throw g.error("alias '" + alias + "' already names group '" + owner + "'");
                }
            }
            groups.add(new Template.GroupDef(name, weight, List.copyOf(new java.util.LinkedHashSet<>(aliases)), budget));
        }
        if (groups.isEmpty()) {
            throw root.get("groups").error("a scoring table needs at least one group");
        }
        if (budgetGroups > 1) {
            throw root.get("groups").error("at most one group may be the budget group");
        }
        String reverse = root.opt("reverseMode").map(n -> n.oneOf("ratio", "linear")).orElse(null);
        String equals = root.opt("equalsMode").map(n -> n.oneOf("directional", "strict")).orElse(null);
        String title = root.opt("title").map(YamlNode::string).orElse(id);
        return new Template(id, title, defaultFor, List.copyOf(groups), reverse, equals);
    }

    /** One data row of a CSV table, with its line number for errors. */
    private record CsvRow(String file, int line, Map<String, String> values) {
        String value(String column) {
            String v = values.get(column);
            if (v == null || v.isBlank()) {
                throw error("column '" + column + "' is empty");
            }
            return v.strip();
        }

        int positiveInt(String column) {
            try {
                int v = Integer.parseInt(value(column));
                if (v > 0) {
                    return v;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw error("column '" + column + "' must be a whole number from 1 up, was '" + values.get(column) + "'");
        }

        /** An optional yes/no column: {@code true} or empty (or absent). */
        boolean flag(String column) {
            String v = values.get(column);
            if (v == null || v.isBlank()) {
                return false;
            }
            if (v.strip().equals("true")) {
                return true;
            }
            throw error("column '" + column + "' must be 'true' or empty, was '" + v.strip() + "'");
        }

        TableException error(String problem) {
            return new TableException(file, line, problem);
        }
    }

    private static List<CsvRow> csv(Path path, String name, List<String> header) {
        return csv(path, name, header, header.size());
    }

    /** A CSV table whose header is {@code header}, or its first {@code required} columns (the rest optional). */
    private static List<CsvRow> csv(Path path, String name, List<String> fullHeader, int required) {
        List<String> header = fullHeader;
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TableException(ROOT + name, 0, "cannot be read: " + e.getMessage());
        }
        List<CsvRow> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "");
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (!headerSeen) {
                List<String> found = List.of(cells).stream().map(String::strip).toList();
                if (found.equals(fullHeader.subList(0, required))) {
                    header = found;
                } else if (!found.equals(fullHeader)) {
                    throw new TableException(ROOT + name, i + 1, "the header must be " + String.join(",", fullHeader)
                            + (required < fullHeader.size() ? " (or " + String.join(",", fullHeader.subList(0, required)) + ")" : ""));
                }
                headerSeen = true;
                continue;
            }
            if (cells.length != header.size()) {
                throw new TableException(ROOT + name, i + 1,
                        "expected " + header.size() + " columns (" + String.join(",", header) + "), found " + cells.length);
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < cells.length; c++) {
                values.put(header.get(c), cells[c]);
            }
            rows.add(new CsvRow(ROOT + name, i + 1, values));
        }
        return rows;
    }
}
