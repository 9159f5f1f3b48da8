package jixiao.floor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import jixiao.indicator.Normaliser;
import jixiao.scoring.Inputs;
import jixiao.scoring.Period;
import jixiao.tables.ScoringTables;
import jixiao.tables.Template;

/**
 * Deterministic (seeded) year-end assessments of 40 indicators each, spread over every scoring table:
 * level1 names as forms write them (with {@code 指标}, a points note, a leading {@code 项目}) and now and
 * then one no table knows; indicator rows of {@link IndicatorDrafts}; explicit points that are absent,
 * partial, complete and adding up, or complete and not; claims in and out of their bands and above the
 * computed score; actuals matched by id, by level3 (narrowed by level2, level1), a second one for an
 * indicator, one for no indicator, in shuffled order; budgets in 万元 or 元, adjusted or not, executed, missing or unreadable. A third of them
 * are diligent: most of their rows report what the target states (some all of them), so that totals reach
 * every grade and lights every colour. Some use only one or two groups of their table (the others drop
 * out), a few have no target at all. The same declarations and actuals make half-year reports too.
 */
public final class GeneratedInputs {
    public static final int INDICATORS = 40;
    private static final String[] LEVEL1_DECORATIONS = {"", "指标", "指标", "(20分)", "指标（30分）", "项目"};

    private final List<Template> templates;

    public GeneratedInputs(ScoringTables tables) {
        this.templates = List.copyOf(tables.templates().values());
    }

    /** {@code n} year-end assessments; the same {@code seed} gives the same ones, and assessment k depends on k alone. */
    public List<Case> generate(int n, long seed) {
        List<Case> cases = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            cases.add(assessment(k, new SplittableRandom(seed * 1_000_003L + k), null));
        }
        return cases;
    }

    /**
     * {@code n} half-year reports (§5) at months 3, 6 and 9 in turn: the declarations and actuals of
     * {@link #generate} with the same seed, an executed amount of the size the month makes likely.
     */
    public List<Case> generateMidYear(int n, long seed) {
        int[] months = {6, 3, 9};
        List<Case> cases = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            cases.add(assessment(k, new SplittableRandom(seed * 1_000_003L + k), months[k % months.length]));
        }
        return cases;
    }

    /** One generated declared row, its group (null for a level1 no table knows) and its draft. */
    private record Slot(Inputs.DeclaredIndicator declared, Template.GroupDef group, IndicatorDrafts.Draft draft) {
        boolean holdsPoints() {
            return group != null && draft.target() != null
                    && !(draft.target() instanceof Inputs.ValueSpec.Text t && Normaliser.isEmpty(Normaliser.normalise(t.text())));
        }
    }

    /** @param month null for a year-end assessment, else the month of a half-year report */
    private Case assessment(int k, SplittableRandom rng, Integer month) {
        Template template = templates.get(k % templates.size());
        List<Template.GroupDef> groups = template.groups().stream().filter(g -> !g.budget()).toList();
        if (rng.nextInt(6) == 0) {
            groups = groups.subList(0, 1 + rng.nextInt(2));  // the other groups drop out (§3)
        }
        boolean blank = rng.nextInt(40) == 0;  // a form with no target at all: no total, no grade
        int pointsMode = rng.nextInt(20);
        boolean diligent = rng.nextInt(3) == 0;
        boolean exemplary = diligent && rng.nextInt(6) == 0;
        List<Slot> slots = new ArrayList<>(INDICATORS);
        for (int i = 0; i < INDICATORS; i++) {
            Template.GroupDef group = groups.get(rng.nextInt(groups.size()));
            boolean unknownGroup = !exemplary && rng.nextInt(60) == 0;
            String level1 = unknownGroup ? IndicatorDrafts.pick(rng, "其他指标", "项目管理指标")
                    : level1(rng, group);
            IndicatorDrafts.Draft drawn = blank ? IndicatorDrafts.notApplicable(rng) : IndicatorDrafts.draw(rng);
            IndicatorDrafts.Draft draft = exemplary || (diligent && rng.nextInt(5) != 0) ? IndicatorDrafts.restated(drawn) : drawn;
            String id = rng.nextInt(50) == 0 ? null : "i" + i;
            slots.add(new Slot(new Inputs.DeclaredIndicator(id, level1, draft.level2(), draft.level3(), draft.target(),
                    halfYearTarget(rng, draft), points(rng, pointsMode), draft.unit(), cumulative(rng)),
                    unknownGroup ? null : group, draft));
        }
        if (pointsMode >= 17) {
            slots = pointsAddingUp(slots, groups);
        }
        List<Inputs.DeclaredIndicator> declared = slots.stream().map(Slot::declared).toList();
        List<Inputs.ReportedActual> actuals = actuals(rng, slots, groups);
        String subjectType = template.defaultFor() != null ? template.defaultFor() : k % 2 == 0 ? "PROJECT" : "DEPARTMENT";
        String table = template.defaultFor() != null && rng.nextInt(4) == 0 ? null : template.id();
        String budgetUnit = IndicatorDrafts.pick(rng, "万元", "万元", "万元", "元", "元", null);
        String budget = budget(rng, budgetUnit);
        String adjusted = budget != null && rng.nextInt(5) == 0 ? IndicatorDrafts.pick(rng, "120", "1,200,000元", "150万元") : null;
        String label = "generated " + k + " (" + template.id() + ")" + (month == null ? "" : " at month " + month);
        Period period = month == null ? Period.FULL_YEAR : Period.HALF_YEAR;
        return new Case(label,
                new Inputs.Declaration(subjectType, "单位" + k, "项目" + k, 2025, table, budget, budgetUnit,
                        spendingPlan(rng), declared),
                new Inputs.Assessment(period, month != null ? month : rng.nextBoolean() ? 12 : null, adjusted,
                        executed(rng, budgetUnit, month == null ? 12 : month),
                        rng.nextBoolean() ? "部分项目支出延后" : null, actuals));
    }

    /**
     * Now and then a half-year value beside a target (seed 002's 半年指标值): a number, a term, or one in another
     * unit. Not beside a range: the rules leave a range with a half-year number unscored at month 6, and with
     * it the whole assessment (reported with the floor's figures; the floor scores it against the range).
     */
    private static Inputs.ValueSpec halfYearTarget(SplittableRandom rng, IndicatorDrafts.Draft draft) {
        if (rng.nextInt(6) != 0 || !(draft.target() instanceof Inputs.ValueSpec.Text t) || IndicatorDrafts.isRange(t.text())) {
            return null;
        }
        return new Inputs.ValueSpec.Text(IndicatorDrafts.pick(rng, "≥50%", "≥6次", "≤60万元", "基本健全", "合规", "3小时", "6"));
    }

    private static Boolean cumulative(SplittableRandom rng) {
        int r = rng.nextInt(20);
        return r == 0 ? Boolean.TRUE : r == 1 ? Boolean.FALSE : null;
    }

    /** Seed 001's plan, another one, one that declares December, or none (m/12). */
    private static List<Inputs.Checkpoint> spendingPlan(SplittableRandom rng) {
        return switch (rng.nextInt(4)) {
            case 0 -> List.of(checkpoint(3, 25), checkpoint(6, 50), checkpoint(10, 75), checkpoint(12, 100));
            case 1 -> List.of(checkpoint(4, 30), checkpoint(9, 80));
            case 2 -> List.of(checkpoint(7, 0), checkpoint(12, 90));
            default -> List.of();
        };
    }

    private static Inputs.Checkpoint checkpoint(int month, int percent) {
        return new Inputs.Checkpoint(month, BigDecimal.valueOf(percent));
    }

    private static String level1(SplittableRandom rng, Template.GroupDef group) {
        String alias = group.aliases().get(rng.nextInt(group.aliases().size()));
        String decoration = IndicatorDrafts.pick(rng, LEVEL1_DECORATIONS);
        return decoration.equals("项目") ? "项目" + alias : alias + decoration;
    }

    /** Modes: 0–9 none explicit, 10–13 some, 14–16 all (rarely adding up), 17–19 all adding up (set later). */
    private static BigDecimal points(SplittableRandom rng, int mode) {
        if (mode < 10 || (mode < 14 && rng.nextInt(10) >= 3)) {
            return null;
        }
        return new BigDecimal(IndicatorDrafts.pick(rng, "1", "2", "3", "5", "8", "10", "12.5", "0"));
    }

    /** Every row of a group holding points gets an equal 2-decimal share, the last one the remainder: Σ = W. */
    private static List<Slot> pointsAddingUp(List<Slot> slots, List<Template.GroupDef> groups) {
        List<Slot> out = new ArrayList<>(slots);
        for (Template.GroupDef g : groups) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                if (slots.get(i).group() == g && slots.get(i).holdsPoints()) {
                    members.add(i);
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            BigDecimal share = g.weight().divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.DOWN);
            BigDecimal last = g.weight().subtract(share.multiply(BigDecimal.valueOf(members.size() - 1)));
            for (int m = 0; m < members.size(); m++) {
                Slot s = out.get(members.get(m));
                Inputs.DeclaredIndicator d = s.declared();
                out.set(members.get(m), new Slot(new Inputs.DeclaredIndicator(d.id(), d.level1(), d.level2(), d.level3(),
                        d.target(), d.halfYearTarget(), m == members.size() - 1 ? last : share, d.unit(), d.cumulative()),
                        s.group(), s.draft()));
            }
        }
        return out;
    }

    private static List<Inputs.ReportedActual> actuals(SplittableRandom rng, List<Slot> slots, List<Template.GroupDef> groups) {
        List<Inputs.ReportedActual> actuals = new ArrayList<>(slots.size() + 2);
        for (Slot s : slots) {
            if (!s.draft().reported()) {
                continue;
            }
            Inputs.DeclaredIndicator d = s.declared();
            boolean byName = d.id() == null || rng.nextInt(10) == 0;
            actuals.add(new Inputs.ReportedActual(byName ? null : d.id(),
                    byName && rng.nextInt(3) == 0 ? d.level1() : null, byName && rng.nextBoolean() ? d.level2() : null,
                    byName || rng.nextInt(4) == 0 ? d.level3() : null, s.draft().actual(), reason(rng), claim(rng, s, groups),
                    null));
        }
        if (rng.nextInt(12) == 0) {
            actuals.add(new Inputs.ReportedActual("x" + rng.nextInt(9), null, null, "不存在的指标", new Inputs.ValueSpec.Text("100%"),
                    null, null, null));
        }
        if (rng.nextInt(15) == 0 && !actuals.isEmpty()) {
            // a second row for an indicator, by name (the API refuses a second one with the same id)
            Inputs.DeclaredIndicator twice = slots.get(rng.nextInt(slots.size())).declared();
            actuals.add(new Inputs.ReportedActual(null, null, null, twice.level3(), new Inputs.ValueSpec.Text("100%"),
                    null, null, null));
        }
        if (rng.nextInt(3) == 0) {
            Collections.shuffle(actuals, new Random(rng.nextLong()));
        }
        return actuals;
    }

    private static String reason(SplittableRandom rng) {
        int r = rng.nextInt(10);
        return r < 6 ? "受疫情影响进度滞后" : r == 6 ? "  " : null;
    }

    /** A claim around the points the row is likely to hold: inside, at the edges of and outside the tier bands. */
    private static BigDecimal claim(SplittableRandom rng, Slot s, List<Template.GroupDef> groups) {
        if (rng.nextInt(6) != 0) {
            return null;
        }
        BigDecimal points = s.declared().points() != null ? s.declared().points()
                : (s.group() == null ? groups.get(0) : s.group()).weight().divide(BigDecimal.valueOf(10));
        BigDecimal share = new BigDecimal(IndicatorDrafts.pick(rng, "0.3", "0.59", "0.6", "0.7", "0.79", "0.8", "0.85", "1", "1.1"));
        return points.multiply(share).setScale(rng.nextBoolean() ? 1 : 2, RoundingMode.HALF_UP).min(BigDecimal.valueOf(100));
    }

    private static String budget(SplittableRandom rng, String unit) {
        int r = rng.nextInt(20);
        if (r < 2) {
            return null;
        }
        if (r == 2) {
            return "0";
        }
        if (r == 3) {
            return "-";
        }
        return "元".equals(unit) ? IndicatorDrafts.pick(rng, "1000000", "1,000,000", "100万元") : IndicatorDrafts.pick(rng, "100", "100万元", "1000000元");
    }

    /** An executed amount for a budget of about 100万元 by the month: around its share, behind or ahead. */
    private static String executed(SplittableRandom rng, String unit, int month) {
        int r = rng.nextInt(25);
        if (r < 2) {
            return null;
        }
        if (r == 2) {
            return "/";
        }
        if (r == 3) {
            return "未支出";
        }
        if (r == 4) {
            return "5公里";
        }
        int wan = (50 + rng.nextInt(70)) * month / 12;
        return switch (rng.nextInt(4)) {
            case 0 -> wan + "万元";
            case 1 -> (wan * 10_000) + "元";
            default -> "元".equals(unit) ? String.valueOf(wan * 10_000) : wan + "." + rng.nextInt(10);
        };
    }
}
