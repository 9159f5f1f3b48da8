package jixiao.floor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.tables.Policy;
import jixiao.tables.EqualsMode;
import jixiao.tables.ReverseMode;
import jixiao.tables.Template;

/**
 * A scoring table (§3) as the floor uses it: its groups in order, the normalised level1 aliases of the
 * indicator groups, the budget group's weight, and the quantitative modes in force (table over policy).
 */
final class ScoringTable {
    /** A group of the table; {@code index} is its place in the table's order. */
    record Group(String name, BigDecimal weight, boolean budget, int index) {
    }

    final String id;
    final List<Group> groups;
    final BigDecimal budgetWeight;
    final boolean linearReverse;
    final boolean strictEquals;
    private final Map<String, Group> byAlias = new HashMap<>();

    ScoringTable(Template template, Policy policy) {
        this.id = template.id();
        List<Group> list = new ArrayList<>();
        BigDecimal budget = null;
        for (Template.GroupDef def : template.groups()) {
            Group g = new Group(def.name(), def.weight(), def.budget(), list.size());
            list.add(g);
            if (def.budget()) {
                budget = def.weight();
            } else {
                def.aliases().forEach(a -> byAlias.put(a, g));
            }
        }
        this.groups = List.copyOf(list);
        this.budgetWeight = budget;
        ReverseMode reverse = template.reverseMode() != null ? template.reverseMode() : policy.reverseMode();
        EqualsMode equals = template.equalsMode() != null ? template.equalsMode() : policy.equalsMode();
        this.linearReverse = reverse == ReverseMode.LINEAR;
        this.strictEquals = equals == EqualsMode.STRICT;
    }

    /** The indicator group a normalised level1 name ({@link jixiao.indicator.Normaliser#groupKey}) belongs to, or null. */
    Group groupOf(String groupKey) {
        return byAlias.get(groupKey);
    }
}
