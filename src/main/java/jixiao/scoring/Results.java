package jixiao.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import jixiao.indicator.Decimals;
import jixiao.indicator.IndicatorValue;
import jixiao.scoring.fact.Budget;
import jixiao.scoring.fact.BudgetExecution;
import jixiao.scoring.fact.Classified;
import jixiao.scoring.fact.Deviation;
import jixiao.scoring.fact.GroupScore;
import jixiao.scoring.fact.Indicator;
import jixiao.scoring.fact.Lit;
import jixiao.scoring.fact.Score;
import jixiao.scoring.fact.Settled;
import jixiao.scoring.fact.Unscored;
import jixiao.tables.Template;

/** Builds the result of an evaluation from what its session concluded: numbers shown at 2 decimals, rule files named. */
final class Results {
    private final Ruleset ruleset;
    private final Comparator<Deviation> deviationOrder;

    Results(Ruleset ruleset, Tables tables) {
        this.ruleset = ruleset;
        // an indicator's deviations with it (in declaration order), the assessment's last; then by the tables' order
        this.deviationOrder = Comparator.comparingInt((Deviation d) -> d.seq() == null ? Integer.MAX_VALUE : d.seq())
                .thenComparingInt(d -> tables.order(d.type()))
                .thenComparing(Deviation::message);
    }

    EvaluationResult of(Template template, Period period, int month, List<PreparedIndicator> prepared, Budget budget,
                        SessionFacts session) {
        List<EvaluationResult.Group> groups = template.groups().stream().map(g -> {
            GroupScore s = session.groups.get(g.name());
            return new EvaluationResult.Group(g.name(), Decimals.round2(g.weight()).stripTrailingZeros(),
                    shown(s == null ? null : s.score()));
        }).toList();
        List<EvaluationResult.Indicator> indicators = prepared.stream().map(p -> indicator(p, session)).toList();
        List<EvaluationResult.Deviation> deviations = session.deviations.stream().sorted(deviationOrder)
                .map(d -> new EvaluationResult.Deviation(d.type(), d.severity(), d.indicatorId(), d.level3(),
                        strip(d.gap()), strip(d.relativeGap()), d.message(), d.rule(), ruleset.rules().fileOf(d.rule())))
                .toList();
        return new EvaluationResult(session.total == null ? null : shown(session.total.score()),
                session.grade == null ? null : session.grade.grade(),
                session.subjectLight == null ? null : session.subjectLight.light(),
                new EvaluationResult.Ruleset(ruleset.version()), template.id(), period, month, groups,
                budget(budget, session), indicators, deviations,
                session.total == null ? null : session.total.explanation());
    }

    /** §3: no budget (or a budget ≤ 0) → no budget execution; one that is no valid amount scores 0 and says so. */
    private static EvaluationResult.Budget budget(Budget budget, SessionFacts session) {
        if (!budget.budgetUnreadable() && (budget.budget() == null || budget.budget().signum() <= 0)) {
            return null;
        }
        BudgetExecution b = session.budget;
        if (b == null) {
            return new EvaluationResult.Budget(null, null, null, null, null, null, null);
        }
        String note = session.spendingLight == null ? "" : session.spendingLight.note();
        return new EvaluationResult.Budget(b.rate() == null ? null : shown(Decimals.mul(b.rate(), Decimals.HUNDRED)),
                shown(b.points()), shown(b.score()), strip(b.expectedPercent()), shown(b.progress()),
                session.spendingLight == null ? null : session.spendingLight.light(), b.explanation() + note);
    }

    private EvaluationResult.Indicator indicator(PreparedIndicator p, SessionFacts session) {
        Indicator i = p.fact();
        int seq = i.seq();
        Settled settled = session.settled[seq];
        Score score = session.score[seq];
        Unscored unscored = session.unscored[seq];
        Lit lit = session.lit[seq];
        Status status = settled != null ? settled.status() : score != null ? score.status()
                : unscored != null ? unscored.status() : null;
        String rule = settled != null ? settled.rule() : score != null ? score.rule()
                : unscored != null ? unscored.rule() : null;
        String explanation = settled != null ? settled.explanation() : score != null ? score.explanation()
                : unscored != null ? unscored.explanation() : null;
        BigDecimal points = score == null ? null : score.points();
        BigDecimal value = settled != null ? settled.score() : score == null ? null : score.score();
        String lightRule = lit == null ? null : lit.rule();
        return new EvaluationResult.Indicator(i.id(), i.level1(), i.level2(), i.level3(),
                i.inGroup() ? i.group() : null,
                target(p.target(), i, session.classified[seq]), actual(p, i, session.classified[seq]), status,
                shown(points), shown(value), i.actual().claimed(),
                session.target[seq] == null ? null : shown(session.target[seq].expected()),
                session.progress[seq] == null ? null : shown(session.progress[seq].percent()),
                lit == null ? null : lit.light(),
                session.projection[seq] == null ? null : shown(session.projection[seq].fullYear()),
                rule, rule == null ? null : ruleset.rules().fileOf(rule), explanation,
                lightRule, lightRule == null ? null : ruleset.rules().fileOf(lightRule),
                lit == null ? null : lit.explanation());
    }

    private static EvaluationResult.Target target(IndicatorValue v, Indicator i, Classified how) {
        String unit = i.target().unit();
        String scoredOp = how == null || how.scoredOp() == null ? null : how.scoredOp().code();
        if (v instanceof IndicatorValue.Quantity q) {
            return new EvaluationResult.Target("QUANTITY", q.op().code(), strip(q.value()), null, null, unit,
                    null, q.text(), q.inferred(), q.inferredReason(), scoredOp);
        }
        if (v instanceof IndicatorValue.Range r) {
            return new EvaluationResult.Target("RANGE", "BETWEEN", null, strip(r.low()), strip(r.high()), unit,
                    null, r.text(), false, null, scoredOp);
        }
        if (v instanceof IndicatorValue.Term t) {
            return new EvaluationResult.Target("TERM", null, null, null, null, null, t.term(), t.text(), false, null, null);
        }
        if (v instanceof IndicatorValue.Unreadable u) {
            return new EvaluationResult.Target("UNREADABLE", null, null, null, null, null, null, u.text(), false, null, null);
        }
        return null;
    }

    /** The actual as read; a word for nothing against a numeric target as the 0 it was scored as (§1.6). */
    private static EvaluationResult.Actual actual(PreparedIndicator p, Indicator i, Classified how) {
        IndicatorValue v = p.actual();
        String likelihood = p.reported() == null ? null : p.reported().completionLikelihood();
        if (v instanceof IndicatorValue.Empty) {
            return p.reported() == null ? null
                    : new EvaluationResult.Actual("EMPTY", null, null, null, null, v.text(), likelihood);
        }
        if (i.actual().kind() == ActualKind.NUMBER || how != null && how.kind() == ScoringKind.QUANTITATIVE) {
            BigDecimal number = how != null && how.kind() == ScoringKind.QUANTITATIVE ? how.measured() : i.actual().value();
            return new EvaluationResult.Actual("NUMBER", strip(number), i.target().unit(), null, null, v.text(), likelihood);
        }
        String kind = v instanceof IndicatorValue.Tier ? "TIER" : v instanceof IndicatorValue.Unreadable ? "UNREADABLE" : "TERM";
        return new EvaluationResult.Actual(kind, null, null, i.actual().term(), i.actual().tier() == null ? null
                : i.actual().tier().name(), v.text(), likelihood);
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
