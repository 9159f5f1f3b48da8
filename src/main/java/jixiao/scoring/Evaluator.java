package jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jixiao.engine.SessionOutcome;
import jixiao.indicator.IndicatorValue;
import jixiao.indicator.ValueParser;
import jixiao.indicator.Decimals;
import jixiao.tables.ScoringTables;
import jixiao.tables.Template;
import jixiao.web.RequestProblem;

/** Scores one declaration against one assessment with a ruleset: prepare facts, run the rules, read results. */
public final class Evaluator {
    private static final int MAX_FIRINGS = 1_000_000;
    private static final List<String> DEVIATION_ORDER = List.of("UNKNOWN_GROUP", "UNIT_MISMATCH",
            "UNRECOGNIZED_VALUE", "MISSING_ACTUAL", "ACTUAL_NOT_QUANTIFIED", "BELOW_TARGET", "ABOVE_LIMIT", "OFF_TARGET",
            "QUALITATIVE_SHORTFALL", "LAGGING_PROGRESS", "SPENDING_BEHIND_SCHEDULE", "MISSING_REASON",
            "SCORE_OVERCLAIMED", "SCORE_OUT_OF_BAND", "STRICT_BOUNDARY", "TARGET_TOO_LOW", "UNKNOWN_INDICATOR",
            "POINTS_ADJUSTED", "LOW_BUDGET_EXECUTION", "SCORE_SPEND_MISMATCH");

    private final Ruleset ruleset;
    private final ValueParser parser;
    private final Preparer preparer;
    private final List<Object> tableFacts;

    public Evaluator(Ruleset ruleset) {
        this.ruleset = ruleset;
        this.parser = new ValueParser(ruleset.tables().vocabulary());
        this.preparer = new Preparer(parser);
        this.tableFacts = TableFacts.of(ruleset.tables());
    }

    public Ruleset ruleset() {
        return ruleset;
    }

    public ValueParser parser() {
        return parser;
    }

    public EvaluationResult evaluate(Inputs.Declaration declaration, Inputs.Assessment assessment) {
        Template template = template(declaration);
        ScoringTables tables = ruleset.tables();
        Period periodKind = assessment.period() == null ? Period.FULL_YEAR : assessment.period();
        String period = periodKind.name();
        boolean halfYear = periodKind == Period.HALF_YEAR;
        int month = assessment.month() != null ? assessment.month()
                : halfYear ? tables.policy().monitoring().defaultMonth() : 12;

        Preparer.Matching matching = Preparer.match(declaration.indicators(), assessment.actuals());
        List<PreparedIndicator> prepared = preparer.indicators(declaration, matching.matched());
        List<Object> facts = new ArrayList<>(tableFacts);
        facts.addAll(TableFacts.of(template));
        facts.add(TableFacts.settings(tables.policy(), template, period, month));
        prepared.forEach(p -> {
            p.fact().setTargetReady(!halfYear);
            facts.add(p.fact());
        });
        declaration.spendingPlan().forEach(c -> facts.add(new Facts.Checkpoint(c.month(), c.percent())));
        List<GroupFact> groups = new ArrayList<>();
        for (int i = 0; i < template.groups().size(); i++) {
            Template.GroupDef g = template.groups().get(i);
            groups.add(new GroupFact(g.name(), g.weight(), g.budget(), i));
        }
        facts.addAll(groups);
        BudgetFact budget = budget(declaration, assessment, template);
        facts.add(budget);
        TotalFact total = new TotalFact();
        facts.add(total);
        facts.addAll(matching.unmatched());

        SessionOutcome outcome = ruleset.rules().run(facts, MAX_FIRINGS);
        return assemble(template, period, month, prepared, groups, budget, total,
                outcome.factsOf(Facts.Deviation.class));
    }

    /** The id of the scoring table a declaration is scored with (named, or its subject type's default). */
    public String tableIdFor(Inputs.Declaration declaration) {
        return template(declaration).id();
    }

    private Template template(Inputs.Declaration declaration) {
        ScoringTables tables = ruleset.tables();
        if (declaration.scoringTable() != null) {
            return tables.template(declaration.scoringTable()).orElseThrow(() -> new RequestProblem(
                    "UNKNOWN_SCORING_TABLE", "declaration.scoringTable: unknown scoring table '"
                    + declaration.scoringTable() + "'; known: " + String.join(", ", tables.templates().keySet()),
                    "declaration.scoringTable"));
        }
        return tables.defaultFor(declaration.subjectType()).orElseThrow(() -> new RequestProblem(
                "UNKNOWN_SCORING_TABLE", "declaration.scoringTable: no default scoring table for subjectType "
                + declaration.subjectType(), "declaration.scoringTable"));
    }

    private BudgetFact budget(Inputs.Declaration declaration, Inputs.Assessment assessment, Template template) {
        String budgetText = assessment.budgetAdjusted() != null ? assessment.budgetAdjusted() : declaration.budget();
        BigDecimal budget = budgetText == null ? null
                : preparer.amount(budgetText, declaration.budgetUnit()).orElse(null);
        BigDecimal executed = assessment.budgetExecuted() == null ? null
                : preparer.amount(assessment.budgetExecuted(), declaration.budgetUnit()).orElse(null);
        boolean unreadable = assessment.budgetExecuted() != null && executed == null
                && !(parser.parseActual(assessment.budgetExecuted(), jixiao.indicator.IndicatorContext.none())
                instanceof IndicatorValue.Empty);
        BigDecimal weight = template.groups().stream().filter(Template.GroupDef::budget)
                .map(Template.GroupDef::weight).findFirst().orElse(null);
        boolean reasonGiven = assessment.spendingReason() != null && !assessment.spendingReason().isBlank();
        return new BudgetFact(budget, executed, unreadable, assessment.budgetExecuted(), weight, reasonGiven);
    }

    private EvaluationResult assemble(Template template, String period, Integer month,
                                      List<PreparedIndicator> prepared, List<GroupFact> groups, BudgetFact budget,
                                      TotalFact total, List<Facts.Deviation> deviations) {
        List<EvaluationResult.Group> groupResults = groups.stream()
                .map(g -> new EvaluationResult.Group(g.getName(), Decimals.round2(g.getWeight()).stripTrailingZeros(), shown(g.getScore())))
                .toList();
        List<EvaluationResult.Indicator> indicators = prepared.stream().map(this::indicator).toList();
        List<EvaluationResult.Deviation> devs = deviations.stream()
                .sorted(Comparator.comparingInt((Facts.Deviation d) -> d.seq() == null ? Integer.MAX_VALUE : d.seq())
                        .thenComparingInt(d -> DEVIATION_ORDER.indexOf(d.type()))
                        .thenComparing(d -> d.message()))
                .map(d -> new EvaluationResult.Deviation(d.type(), d.severity(), d.indicatorId(), d.level3(),
                        strip(d.gap()), strip(d.relativeGap()), d.message(), d.rule(),
                        ruleset.rules().fileOf(d.rule())))
                .toList();
        // §3: no budget (or a budget ≤ 0) → budgetExecution null
        boolean noBudget = budget.getBudget() == null || budget.getBudget().signum() <= 0;
        EvaluationResult.Budget budgetResult = noBudget ? null : new EvaluationResult.Budget(
                budget.getRate() == null ? null : shown(Decimals.mul(budget.getRate(), Decimals.HUNDRED)),
                shown(budget.getPoints()), shown(budget.getScore()), strip(budget.getExpectedPercent()),
                shown(budget.getProgress()), budget.getLight(), budget.getExplanation());
        return new EvaluationResult(shown(total.getScore()), total.getGrade(), total.getLight(),
                new EvaluationResult.Ruleset(ruleset.version()), template.id(), period, month, groupResults,
                budgetResult, indicators, devs, total.getExplanation());
    }

    private EvaluationResult.Indicator indicator(PreparedIndicator p) {
        IndicatorFact f = p.fact();
        return new EvaluationResult.Indicator(f.getId(), f.getLevel1(), f.getLevel2(), f.getLevel3(), f.getGroup(),
                target(p.target(), f), actual(p, f), f.getStatus(), shown(f.getPoints()), shown(f.getScore()),
                f.getClaimed(), shown(f.getExpected()), shown(f.getProgress()), f.getLight(), shown(f.getProjected()),
                f.getRule(), f.getRule() == null ? null : ruleset.rules().fileOf(f.getRule()), f.getExplanation(),
                f.getLightRule(), f.getLightRule() == null ? null : ruleset.rules().fileOf(f.getLightRule()),
                f.getLightExplanation());
    }

    private static EvaluationResult.Target target(IndicatorValue v, IndicatorFact f) {
        if (v instanceof IndicatorValue.Quantity q) {
            return new EvaluationResult.Target("QUANTITY", q.op().code(), strip(q.value()), null, null, f.getUnit(),
                    null, q.text(), q.inferred(), q.inferredReason(), f.getScoredOp());
        }
        if (v instanceof IndicatorValue.Range r) {
            return new EvaluationResult.Target("RANGE", "BETWEEN", null, strip(r.low()), strip(r.high()), f.getUnit(),
                    null, r.text(), false, null, f.getScoredOp());
        }
        if (v instanceof IndicatorValue.Term t) {
            return new EvaluationResult.Target("TERM", null, null, null, null, null, t.term(), t.text(), false, null, null);
        }
        if (v instanceof IndicatorValue.Unreadable u) {
            return new EvaluationResult.Target("UNREADABLE", null, null, null, null, null, null, u.text(), false, null, null);
        }
        return null;
    }

    private static EvaluationResult.Actual actual(PreparedIndicator p, IndicatorFact f) {
        IndicatorValue v = p.actual();
        String likelihood = p.reported() == null ? null : p.reported().completionLikelihood();
        if (v instanceof IndicatorValue.Empty) {
            return p.reported() == null ? null
                    : new EvaluationResult.Actual("EMPTY", null, null, null, null, v.text(), likelihood);
        }
        if ("NUMBER".equals(f.getActualKind())) {
            return new EvaluationResult.Actual("NUMBER", strip(f.getB()), f.getUnit(), null, null, v.text(), likelihood);
        }
        if (v instanceof IndicatorValue.Quantity q) {
            return new EvaluationResult.Actual("NUMBER", strip(q.value()), q.unit() == null ? null : q.unit().display(),
                    null, null, v.text(), likelihood);
        }
        String kind = v instanceof IndicatorValue.Tier ? "TIER" : v instanceof IndicatorValue.Unreadable ? "UNREADABLE" : "TERM";
        return new EvaluationResult.Actual(kind, null, null,
                f.getActualTerm(), f.getActualTier(), v.text(), likelihood);
    }

    private static BigDecimal shown(BigDecimal x) {
        return x == null ? null : strip(Decimals.round2(x));
    }

    private static BigDecimal strip(BigDecimal x) {
        if (x == null) {
            return null;
        }
        BigDecimal s = x.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
