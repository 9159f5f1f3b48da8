package jixiao.floor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.indicator.CompletionTier;
import jixiao.indicator.Decimals;
import jixiao.indicator.ValueParser;
import jixiao.scoring.Inputs;
import jixiao.scoring.Period;
import jixiao.tables.Policy;
import jixiao.tables.ScoringTables;
import jixiao.tables.Template;

/**
 * The scoring of {@code scoring.md} in plain Java, with the shared value parser and the shipped tables
 * and nothing of the rule engine: actuals matched (§4), values read and converted (§1), at mid-year the
 * values expected by the month put in the targets' place (§5), indicators classified, given points
 * (§3), scored (§2, §2.1), claims weighed (§2.2), the budget executed (or, at mid-year, spent against
 * its plan), groups and the total summed, the grade found, the lights lit (§5) and the deviations raised
 * (§4, §5). Immutable and safe to share between threads. The engine's benchmark and its agreement test
 * compare against it.
 */
public final class FloorScorer {
    private final List<Policy.GradeBand> grades;
    private final Map<String, ScoringTable> tablesById = new HashMap<>();
    private final Map<String, ScoringTable> defaults = new HashMap<>();
    private final ValueReader reader;
    private final Classifier classifier;
    private final QualitativeTiers tiers;
    private final Claims claims;
    private final BudgetExecution budget;
    private final YearEndDeviations yearEnd;
    private final Policy.Monitoring monitoring;
    private final ExpectedValues expected;
    private final Lights lights;

    public FloorScorer(ScoringTables tables) {
        Policy policy = tables.policy();
        this.grades = List.copyOf(policy.grades());
        for (Template t : tables.templates().values()) {
            ScoringTable table = new ScoringTable(t, policy);
            tablesById.put(t.id(), table);
            if (t.defaultFor() != null) {
                defaults.put(t.defaultFor(), table);
            }
        }
        ValueParser parser = new ValueParser(tables.vocabulary());
        this.reader = new ValueReader(parser);
        this.classifier = new Classifier(tables.zeroWords());
        this.tiers = new QualitativeTiers(tables);
        this.claims = new Claims(policy.tiers());
        this.budget = new BudgetExecution(parser, policy.lowBudgetExecutionPercent());
        this.yearEnd = new YearEndDeviations(policy.targetTooLow(), policy.scoreSpendMismatchPoints());
        this.monitoring = policy.monitoring();
        this.expected = new ExpectedValues(tables.cumulativeUnits());
        this.lights = new Lights(monitoring);
    }

    /** Scores a full-year assessment, or a half-year one provisionally against the values expected by its month (§5). */
    public FloorResult score(Inputs.Declaration declaration, Inputs.Assessment assessment) {
        boolean halfYear = assessment.period() == Period.HALF_YEAR;
        int month = assessment.month() != null ? assessment.month() : halfYear ? monitoring.defaultMonth() : 12;
        ScoringTable table = table(declaration);
        ActualMatcher.Matching matching = ActualMatcher.match(declaration.indicators(), assessment.actuals());
        List<Deviation> deviations = new ArrayList<>();
        Row[] rows = classified(declaration.indicators(), matching, table, halfYear, month);
        Points.allocate(table, rows, deviations);
        for (Row row : rows) {
            if (row.isScored()) {
                score(row, table);
                claims.settle(row, deviations);
            }
        }
        BudgetExecution.Outcome execution = halfYear
                ? budget.monitor(declaration, assessment, table.budgetWeight,
                        SpendingPlan.expectedPercent(declaration.spendingPlan(), month), monitoring, deviations)
                : budget.execute(declaration, assessment, table.budgetWeight, deviations);
        BigDecimal total = total(table, rows, execution.score());
        for (Inputs.ReportedActual a : matching.unmatched()) {
            deviations.add(new Deviation(Deviation.Type.UNKNOWN_INDICATOR, a.id()));
        }
        Light light = null;
        if (halfYear) {
            light = monitored(rows, execution, deviations);
            String reason = assessment.spendingReason();
            MidYearDeviations.ofSpending(execution.rate(), execution.light(), reason != null && !reason.isBlank(),
                    deviations);
        } else {
            for (Row row : rows) {
                yearEnd.ofIndicator(row, deviations);
            }
            yearEnd.scoreSpendMismatch(rows, execution.rate(), deviations);
        }
        return new FloorResult(total, grade(total), execution.rate(), light == null ? null : light.name(),
                indicatorScores(rows), deviations);
    }

    /** Each declared indicator read with its actual (at mid-year against the value expected by the month) and classified. */
    private Row[] classified(List<Inputs.DeclaredIndicator> declared, ActualMatcher.Matching matching,
                             ScoringTable table, boolean halfYear, int month) {
        Row[] rows = new Row[declared.size()];
        Map<String, ScoringTable.Group> groups = new HashMap<>();
        for (int i = 0; i < rows.length; i++) {
            Inputs.DeclaredIndicator d = declared.get(i);
            Inputs.ReportedActual reported = matching.byIndicator()[i];
            rows[i] = new Row(d, reader.read(d, reported, halfYear), reported);
            if (halfYear) {
                expected.expect(rows[i], month);
            }
            classifier.classify(rows[i], table, groups);
        }
        return rows;
    }

    /** §5: every indicator lit and its deviations raised; the subject's light, the worst with the spending's. */
    private Light monitored(Row[] rows, BudgetExecution.Outcome execution, List<Deviation> deviations) {
        Light light = execution.light();
        for (Row row : rows) {
            lights.light(row);
            MidYearDeviations.ofIndicator(row, deviations);
            light = Light.worse(light, row.light);
        }
        return light;
    }

    private static List<FloorResult.IndicatorScore> indicatorScores(Row[] rows) {
        List<FloorResult.IndicatorScore> scores = new ArrayList<>(rows.length);
        for (Row row : rows) {
            scores.add(new FloorResult.IndicatorScore(row.declared.id(), row.status.name(), row.score,
                    row.light == null ? null : row.light.name()));
        }
        return scores;
    }

    /** The table a declaration names, or its subject type's default. */
    private ScoringTable table(Inputs.Declaration declaration) {
        String id = declaration.scoringTable();
        ScoringTable table = id != null ? tablesById.get(id) : defaults.get(declaration.subjectType());
        if (table == null) {
            throw new IllegalArgumentException("no scoring table " + (id != null ? id : "for " + declaration.subjectType()));
        }
        return table;
    }

    /** §2, §2.1: a classified, scored row; MISSING and INVALID rows score 0. */
    private void score(Row row, ScoringTable table) {
        if (row.status != null) {
            row.score = BigDecimal.ZERO;
        } else if (row.kind == Row.Kind.QUANTITATIVE) {
            QuantitativeFormulas.score(row, table.linearReverse);
        } else {
            CompletionTier tier = row.reading.actualKind() == Reading.ActualKind.TIER ? row.reading.tier()
                    : tiers.tier(row.reading.targetTerm(), row.reading.actualTerm());
            if (tier == null) {
                row.invalid(Deviation.Type.UNRECOGNIZED_VALUE);
                row.score = BigDecimal.ZERO;
            } else {
                row.tier = tier;
                row.status = Status.of(tier);
                row.score = claims.defaultScore(tier, row.points);
            }
        }
    }

    /** §3: Σ group scores × 100 ÷ Σ weights of the groups that remain; null with no indicator group left. */
    private static BigDecimal total(ScoringTable table, Row[] rows, BigDecimal budgetScore) {
        BigDecimal scores = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        boolean indicatorGroup = false;
        for (ScoringTable.Group g : table.groups) {
            BigDecimal score = g.budget() ? budgetScore : groupScore(g, rows);
            if (score != null) {
                scores = scores.add(score);
                weights = weights.add(g.weight());
                indicatorGroup |= !g.budget();
            }
        }
        return indicatorGroup ? Decimals.div(Decimals.mul(scores, Decimals.HUNDRED), weights) : null;
    }

    /** The sum of the group's unrounded scores; null when it has nothing scored (it drops out). */
    private static BigDecimal groupScore(ScoringTable.Group g, Row[] rows) {
        BigDecimal sum = null;
        for (Row row : rows) {
            if (row.group == g && row.isScored()) {
                sum = sum == null ? row.score : sum.add(row.score);
            }
        }
        return sum;
    }

    /** §3: the best grade whose minimum the 2-decimal total reaches (bands listed best first). */
    private String grade(BigDecimal total) {
        if (total == null) {
            return null;
        }
        BigDecimal shown = Decimals.round2(total);
        for (Policy.GradeBand band : grades) {
            if (shown.compareTo(band.min()) >= 0) {
                return band.grade();
            }
        }
        return null;
    }
}
