package jixiao.scoring.fact;

/**
 * One declared indicator of a session as Java read it from the request, with the actual matched to it
 * (spec §4): the input every rule about an indicator starts from. Never changed by a rule; {@code seq}
 * is its place in the declaration, by which the facts about it are joined.
 *
 * @param name     level3 (or level2 standing in for a row without one), without the cell's line breaks
 * @param groupKey level1 normalised as the scoring table's group aliases are
 */
public record Indicator(int seq, String id, String level1, String level2, String level3, String name,
                        String groupKey, Declared target, Reported actual) {
}
