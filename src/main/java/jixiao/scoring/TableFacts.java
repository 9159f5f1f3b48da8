package jixiao.scoring;

import java.util.ArrayList;
import java.util.List;
import jixiao.tables.Policy;
import jixiao.tables.ScoringTables;
import jixiao.tables.Template;

/** The table rows a session needs, as facts. */
final class TableFacts {
    private TableFacts() {
    }

    /** Facts shared by every evaluation: scales, tiers, grades, prefixes, zero words. */
    static List<Object> of(ScoringTables tables) {
        List<Object> facts = new ArrayList<>(tables.scaleTerms());
        Policy policy = tables.policy();
        facts.addAll(policy.tiers().values());
        facts.addAll(policy.grades());
        for (Policy.GenericRank rank : policy.genericRanks()) {
            rank.prefixes().forEach(p -> facts.add(new Facts.GenericPrefix(p, rank.rank(), rank.negated())));
        }
        policy.negativeTargetPrefixes().forEach(p -> facts.add(new Facts.NegativePrefix(p)));
        tables.zeroWords().forEach(w -> facts.add(new Facts.ZeroWord(w)));
        facts.add(new Facts.CumulativeUnits(tables.cumulativeUnits()));
        return List.copyOf(facts);
    }

    /** The level1 aliases of one scoring table. */
    static List<Object> of(Template template) {
        List<Object> facts = new ArrayList<>();
        template.groups().stream().filter(g -> !g.budget())
                .forEach(g -> g.aliases().forEach(a -> facts.add(new Facts.GroupAlias(a, g.name()))));
        return facts;
    }

    static Facts.Settings settings(Policy policy, Template template, String period, int month) {
        Policy.Monitoring m = policy.monitoring();
        return new Facts.Settings(
                template.reverseMode() != null ? template.reverseMode() : policy.reverseMode(),
                template.equalsMode() != null ? template.equalsMode() : policy.equalsMode(),
                policy.targetTooLow(), policy.lowBudgetExecutionPercent(), policy.scoreSpendMismatchPoints(),
                period, month, m.redBelow(), m.yellowBelow(), m.blueFrom());
    }
}
