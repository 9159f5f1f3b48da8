package jixiao.tables;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import jixiao.indicator.Approximations;
import jixiao.indicator.CompletionTier;
import jixiao.indicator.Normaliser;
import jixiao.indicator.Op;
import jixiao.indicator.UnitDef;
import jixiao.indicator.Vocabulary;

/**
 * Reads and validates {@code scoring-tables/}; any problem names the file (in its year folder, if it is a
 * year's), the line and what is wrong.
 */
public final class TableLoader {
    private TableLoader() {
    }

    /** The tables in force for the latest fiscal year (the base set when there is no year folder). */
    public static ScoringTables load(Path dir) {
        List<TableSet> sets = TableYears.read(dir);
        return load(sets.get(sets.size() - 1));
    }

    /** One set of tables in force ({@link TableYears#read}). */
    public static ScoringTables load(TableSet dir) {
        YamlNode vocabularyYaml = yaml(dir, "vocabulary.yml");
        Vocabulary vocabulary = vocabulary(vocabularyYaml);
        Policy policy = PolicyReader.read(yaml(dir, "scoring.yml"));
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
        return new ScoringTables(vocabulary, policy, scales, templates, zeroWords, cumulative, deviations(dir),
                moneyUnit(vocabularyYaml, vocabulary), likelihoods(vocabularyYaml),
                ReviewReader.read(yaml(dir, "review.yml")));
    }

    private static YamlNode yaml(TableSet dir, String name) {
        TableFile f = dir.require(name);
        return YamlNode.load(f.path(), f.shown());
    }

    private static List<CsvTable.Row> csv(TableSet dir, String name, List<String> header) {
        return csv(dir, name, header, header.size());
    }

    private static List<CsvTable.Row> csv(TableSet dir, String name, List<String> header, int required) {
        TableFile f = dir.require(name);
        return CsvTable.read(f.path(), f.shown(), header, required);
    }

    /** §4: the kinds of deviation in the order results list them, each with its severity (names checked later). */
    private static List<DeviationRow> deviations(TableSet dir) {
        List<DeviationRow> rows = new ArrayList<>();
        for (CsvTable.Row row : csv(dir, "deviations.csv", List.of("type", "severity", "light"))) {
            row.value("type");
            row.value("severity");
            rows.add(new DeviationRow(row.cell("type"), row.cell("severity"), row.cell("light")));
        }
        if (rows.isEmpty()) {
            throw new TableException(dir.require("deviations.csv").shown(), 0, "no deviation type listed");
        }
        return List.copyOf(rows);
    }

    /** §3: the unit budget amounts are compared in without a declared budget unit: a unit that is its dimension's base. */
    private static String moneyUnit(YamlNode root, Vocabulary vocabulary) {
        YamlNode node = root.get("moneyUnit");
        String unit = node.nonBlank();
        UnitDef def = vocabulary.units().stream().filter(u -> u.unit().equals(unit)).findFirst()
                .orElseThrow(() -> node.error("'" + unit + "' is not in the unit list"));
        if (!def.dimension().equals(unit)) {
            throw node.error("'" + unit + "' must be the base unit of its dimension (its own dimension, factor 1)");
        }
        return unit;
    }

    private static List<String> likelihoods(YamlNode root) {
        YamlNode node = root.get("completionLikelihoods");
        List<String> words = node.strings().stream().map(String::strip).toList();
        if (words.isEmpty() || words.stream().anyMatch(String::isEmpty) || Set.copyOf(words).size() != words.size()) {
            throw node.error("needs at least one word, none blank, none twice");
        }
        return words;
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

    static CompletionTier tier(String name, YamlNode at) {
        try {
            return CompletionTier.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw at.error("'" + name + "' is not a tier (ACHIEVED, PARTIAL, UNMET)");
        }
    }

    private static List<ScaleTerm> scales(TableSet dir, Policy policy) {
        List<String> negations = policy.genericRanks().stream().filter(Policy.GenericRank::negated)
                .flatMap(r -> r.prefixes().stream()).toList();
        Map<String, Map<String, Integer>> byScale = new TreeMap<>();
        List<ScaleTerm> terms = new ArrayList<>();
        for (CsvTable.Row row : csv(dir, "scales.csv", List.of("scale", "rank", "term", "negated"), 3)) {
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
        for (CsvTable.Row row : csv(dir, "scale-prefixes.csv", List.of("scale", "prefix"))) {
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

    private static Map<String, Template> templates(TableSet dir) {
        List<TableFile> files = dir.templates();
        if (!dir.hasTemplatesFolder()) {
            throw new TableException(TableYears.ROOT + "templates/", 0, "missing: at least one scoring table is needed");
        }
        Map<String, Template> out = new TreeMap<>();
        Map<String, String> defaults = new HashMap<>();
        for (TableFile file : files) {
            String name = file.name().substring(TableSet.TEMPLATES.length());
            YamlNode root = YamlNode.load(file.path(), file.shown());
            Template t = template(root, name.substring(0, name.length() - ".yml".length()));
            if (t.defaultFor() != null && defaults.put(t.defaultFor(), t.id()) != null) {
                throw root.get("defaultFor").error("another table is already the default for " + t.defaultFor());
            }
            out.put(t.id(), t);
        }
        if (out.isEmpty()) {
            throw new TableException(TableYears.ROOT + "templates/", 0, "no scoring table (*.yml) found");
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
            boolean required = g.opt("required").map(YamlNode::bool).orElse(false);
            if (budget && required) {
                throw g.get("required").error("the budget group is scored from the budget, not from indicators: it cannot be required");
            }
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
            groups.add(new Template.GroupDef(name, weight, List.copyOf(new java.util.LinkedHashSet<>(aliases)), budget,
                    required));
        }
        if (groups.isEmpty()) {
            throw root.get("groups").error("a scoring table needs at least one group");
        }
        if (budgetGroups > 1) {
            throw root.get("groups").error("at most one group may be the budget group");
        }
        ReverseMode reverse = root.opt("reverseMode").map(PolicyReader::reverseMode).orElse(null);
        EqualsMode equals = root.opt("equalsMode").map(PolicyReader::equalsMode).orElse(null);
        String title = root.opt("title").map(YamlNode::string).orElse(id);
        return new Template(id, title, defaultFor, List.copyOf(groups), reverse, equals);
    }
}
