package jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.engine.FiringObserver;
import jixiao.engine.SessionOutcome;
import jixiao.indicator.Normaliser;
import jixiao.indicator.ValueParser;
import jixiao.scoring.fact.Budget;
import jixiao.scoring.fact.Checkpoint;
import jixiao.scoring.fact.Group;
import jixiao.scoring.fact.GroupAlias;
import jixiao.scoring.fact.Settings;
import jixiao.scoring.fact.Target;
import jixiao.tables.Policy;
import jixiao.tables.ScoringTables;
import jixiao.tables.Template;

/**
 * Scores one declaration against one assessment with a ruleset: reads the values into input facts,
 * runs the rules in a session of their own (the global {@code tables} holds the lookups), reads the result.
 */
public final class Evaluator {
    private static final int MAX_FIRINGS = 1_000_000;

    private final Ruleset ruleset;
    private final ValueParser parser;
    private final Preparer preparer;
    private final Map<String, Object> globals;
    private final Results results;
    private final Map<String, TableFacts> templateFacts = new HashMap<>();

    public Evaluator(Ruleset ruleset) {
        this.ruleset = ruleset;
        this.parser = new ValueParser(ruleset.tables().vocabulary());
        this.preparer = new Preparer(parser, ruleset.tables().moneyUnit());
        Tables tables = new Tables(ruleset.tables());
        this.globals = Map.of("tables", tables);
        this.results = new Results(ruleset, tables);
        ruleset.tables().templates().values().forEach(t -> templateFacts.put(t.id(), facts(t)));
    }

    public Ruleset ruleset() {
        return ruleset;
    }

    public ValueParser parser() {
        return parser;
    }

    public EvaluationResult evaluate(Inputs.Declaration declaration, Inputs.Assessment assessment) {
        return score(declaration, assessment).result();
    }

    /** A result and how many rule firings it took (for the service's metrics). */
    public record Scored(EvaluationResult result, int firings) {
    }

    /** {@link #evaluate}, also counting the rules that fired. */
    public Scored score(Inputs.Declaration declaration, Inputs.Assessment assessment) {
        Session session = session(declaration, assessment);
        SessionOutcome outcome = run(session);
        return new Scored(result(session, outcome), outcome.firings());
    }

    /**
     * The three steps of {@link #score}, apart so that a harness can time each: the values read into the facts
     * of a session ({@link #session}), the rules run on them ({@link #run}), the result read from what they
     * concluded ({@link #result}).
     */
    record Session(Template template, Period period, int month, List<PreparedIndicator> prepared, Budget budget,
                   List<Object> facts) {
    }

    Session session(Inputs.Declaration declaration, Inputs.Assessment assessment) {
        Template template = template(declaration);
        ScoringTables tables = ruleset.tables();
        Period period = assessment.period() == null ? Period.FULL_YEAR : assessment.period();
        int month = assessment.month() != null ? assessment.month()
                : period == Period.HALF_YEAR ? tables.policy().monitoring().defaultMonth() : 12;

        Preparer.Matching matching = Preparer.match(declaration.indicators(), assessment.actuals());
        TableFacts table = templateFacts.get(template.id());
        List<PreparedIndicator> prepared = preparer.indicators(declaration, matching.matched(), table.groupOfAlias(),
                period == Period.HALF_YEAR);
        List<Object> facts = new ArrayList<>(2 * prepared.size() + 24);
        facts.add(settings(tables.policy(), template, period, month));
        facts.addAll(table.groups());
        for (PreparedIndicator p : prepared) {
            facts.add(p.fact());
            // at year end an indicator is scored against its declared target; at mid-year 12-expected.drl
            // derives the value expected by the month
            Target declared = period == Period.FULL_YEAR ? Target.declared(p.fact()) : null;
            if (declared != null) {
                facts.add(declared);
            }
        }
        declaration.spendingPlan().forEach(c -> facts.add(new Checkpoint(c.month(), c.percent())));
        Budget budget = budget(declaration, assessment, template);
        facts.add(budget);
        facts.addAll(matching.unmatched());
        return new Session(template, period, month, prepared, budget, facts);
    }

    SessionOutcome run(Session session) {
        return run(session, null);
    }

    /** {@link #run(Session)}, telling a harness's observer of each firing. */
    SessionOutcome run(Session session, FiringObserver observer) {
        return ruleset.rules().run(RuleScope.of(session.period()).packages(), session.facts(), globals, MAX_FIRINGS,
                observer);
    }

    EvaluationResult result(Session session, SessionOutcome outcome) {
        return results.of(session.template(), session.period(), session.month(), session.prepared(), session.budget(),
                new SessionFacts(outcome.facts(), session.prepared().size()));
    }

    /** The id of the scoring table a declaration is scored with (named, or its subject type's default). */
    public String tableIdFor(Inputs.Declaration declaration) {
        return template(declaration).id();
    }

    Template template(Inputs.Declaration declaration) {
        ScoringTables tables = ruleset.tables();
        if (declaration.scoringTable() != null) {
            return tables.template(declaration.scoringTable()).orElseThrow(() -> new InputProblem(
                    "UNKNOWN_SCORING_TABLE", "declaration.scoringTable: unknown scoring table '"
                    + declaration.scoringTable() + "'; known: " + String.join(", ", tables.templates().keySet()),
                    "declaration.scoringTable"));
        }
        return tables.defaultFor(declaration.subjectType()).orElseThrow(() -> new InputProblem(
                "UNKNOWN_SCORING_TABLE", "declaration.scoringTable: no default scoring table for subjectType "
                + declaration.subjectType(), "declaration.scoringTable"));
    }

    /** The Group and GroupAlias facts of a scoring table (the target review matches level1 names in rules). */
    List<Object> groupFacts(Template template) {
        return templateFacts.get(template.id()).groupsAndAliases();
    }

    /** A scoring table's lookup from a normalised level1 to the group it names (§3). */
    Map<String, String> groupOfAlias(Template template) {
        return templateFacts.get(template.id()).groupOfAlias();
    }

    /**
     * A scoring table's Group facts and the level1 names that mean each non-budget group, the same for
     * every evaluation; the preparer gives each Indicator its group from the latter.
     */
    private record TableFacts(List<Object> groups, List<Object> groupsAndAliases, Map<String, String> groupOfAlias) {
    }

    private static TableFacts facts(Template template) {
        List<Object> groups = new ArrayList<>();
        List<Object> groupsAndAliases = new ArrayList<>();
        Map<String, String> groupOfAlias = new HashMap<>();
        for (int i = 0; i < template.groups().size(); i++) {
            Template.GroupDef g = template.groups().get(i);
            Group group = new Group(g.name(), g.weight(), g.budget(), i);
            groups.add(group);
            groupsAndAliases.add(group);
            if (!g.budget()) {  // a level1 naming the budget group names no indicator group (UNKNOWN_GROUP)
                for (String alias : g.aliases()) {
                    groupsAndAliases.add(new GroupAlias(alias, g.name()));
                    groupOfAlias.put(alias, g.name());  // the tables give each alias one group
                }
            }
        }
        return new TableFacts(List.copyOf(groups), List.copyOf(groupsAndAliases), Map.copyOf(groupOfAlias));
    }

    private static Settings settings(Policy policy, Template template, Period period, int month) {
        Policy.Monitoring m = policy.monitoring();
        return new Settings(period, month,
                template.reverseMode() != null ? template.reverseMode() : policy.reverseMode(),
                template.equalsMode() != null ? template.equalsMode() : policy.equalsMode(),
                policy.targetTooLow(), policy.lowBudgetExecutionPercent(), policy.scoreSpendMismatchPoints(),
                m.redBelow(), m.yellowBelow(), m.blueFrom(), m.halfYearValueMonth());
    }

    /**
     * The budget as read (§3): the adjusted budget when one is given (an empty one, §1.1, is not), else the
     * declared one. A budget or executed amount given but no valid amount (nor a negative executed one) is
     * marked unreadable, for the rules to score 0 and say so: it never just drops the budget group.
     */
    private Budget budget(Inputs.Declaration declaration, Inputs.Assessment assessment, Template template) {
        String unit = given(declaration.budgetUnit()) ? declaration.budgetUnit() : null;
        String budgetText = given(assessment.budgetAdjusted()) ? assessment.budgetAdjusted() : declaration.budget();
        BigDecimal budget = budgetText == null ? null : preparer.amount(budgetText, unit).orElse(null);
        String executedText = assessment.budgetExecuted();
        BigDecimal executed = executedText == null ? null : preparer.amount(executedText, unit)
                .filter(a -> a.signum() >= 0).orElse(null);
        BigDecimal weight = template.groups().stream().filter(Template.GroupDef::budget)
                .map(Template.GroupDef::weight).findFirst().orElse(null);
        boolean reasonGiven = assessment.spendingReason() != null && !assessment.spendingReason().isBlank();
        boolean budgetUnreadable = budget == null && given(budgetText);
        return new Budget(budget, budgetUnreadable, budgetUnreadable && preparer.unknownUnit(unit)
                ? budgetText + "（预算单位“" + unit + "”无法识别）" : budgetText,
                executed, executed == null && given(executedText), executedText, weight, reasonGiven);
    }

    /** Whether a text says something: not null and not empty as §1.1 reads it (blank, {@code /}, {@code —}, {@code -}). */
    private static boolean given(String text) {
        return text != null && !Normaliser.isEmpty(Normaliser.normalise(text));
    }
}
