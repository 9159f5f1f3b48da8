package jixiao.scoring.fact;

import java.util.Objects;
import jixiao.scoring.TargetKind;

/**
 * One declared indicator of a session as Java read it from the request, with the actual matched to it
 * (spec §4): the input every rule about an indicator starts from. Never changed by a rule; {@code seq}
 * is its place in the declaration, by which the facts about it are joined.
 *
 * @param name     level3 (or level2 standing in for a row without one), without the cell's line breaks
 * @param groupKey level1 normalised as the scoring table's group aliases are
 * @param group    the group of the scoring table whose alias {@code groupKey} is (its table's lookup, made
 *                 when the facts are prepared); null when level1 names none
 */
public record Indicator(int seq, String id, String level1, String level2, String level3, String name,
                        String groupKey, String group, Declared target, Reported actual) {

    /**
     * Whether it is scored in a group (10-classify.drl, §3): it has a target and its level1 names a group.
     * A row without a target is NOT_APPLICABLE and holds no points, whatever its level1 says.
     */
    public boolean inGroup() {
        return group != null && target.kind() != TargetKind.NONE;
    }

    /**
     * Its place in the declaration: one session holds one Indicator per seq. Every fact about an indicator
     * holds it and the engine hashes each fact it inserts logically, so the hash does not walk the values
     * (equality still compares them all).
     */
    @Override
    public int hashCode() {
        return seq;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Indicator i && seq == i.seq && Objects.equals(id, i.id)
                && Objects.equals(level1, i.level1) && Objects.equals(level2, i.level2)
                && Objects.equals(level3, i.level3) && Objects.equals(name, i.name)
                && Objects.equals(groupKey, i.groupKey) && Objects.equals(group, i.group) && Objects.equals(target, i.target)
                && Objects.equals(actual, i.actual);
    }
}
