package jixiao.tables;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scoring table (评分表): its groups with weights and level1 aliases, and optional policy overrides
 * (null: the policy's).
 */
public record Template(String id, String title, String defaultFor, List<GroupDef> groups, ReverseMode reverseMode,
                       EqualsMode equalsMode) {

    /** A group of a scoring table; {@code budget} marks the group scored by budget execution. */
    public record GroupDef(String name, BigDecimal weight, List<String> aliases, boolean budget) {
    }

    public boolean hasBudgetGroup() {
        return groups.stream().anyMatch(GroupDef::budget);
    }
}
