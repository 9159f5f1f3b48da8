package jixiao.tables;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scoring table (评分表): its groups with weights and level1 aliases, and optional policy overrides
 * (null: the policy's).
 */
public record Template(String id, String title, String defaultFor, List<GroupDef> groups, ReverseMode reverseMode,
                       EqualsMode equalsMode) {

    /**
     * A group of a scoring table; {@code budget} marks the group scored by budget execution, {@code required}
     * a group the target review expects every declaration to fill.
     */
    public record GroupDef(String name, BigDecimal weight, List<String> aliases, boolean budget, boolean required) {
    }

    public boolean hasBudgetGroup() {
        return groups.stream().anyMatch(GroupDef::budget);
    }
}
