package jixiao.scoring;

import java.math.BigDecimal;

/** A group of the scoring table in a session: points allocated, then its score (null when dropped). */
public final class GroupFact {
    /** The table's order of groups, for explanations that list them. */
    public static final java.util.Comparator<Object> BY_ORDER =
            java.util.Comparator.comparingInt(g -> ((GroupFact) g).getOrder());

    private final String name;
    private final BigDecimal weight;
    private final boolean budget;
    private final int order;
    private boolean allocated;
    private boolean computed;
    private BigDecimal score;

    public GroupFact(String name, BigDecimal weight, boolean budget, int order) {
        this.name = name;
        this.weight = weight;
        this.budget = budget;
        this.order = order;
    }

    public String getName() { return name; }
    public BigDecimal getWeight() { return weight; }
    public boolean isBudget() { return budget; }
    public int getOrder() { return order; }
    public boolean isAllocated() { return allocated; }
    public void setAllocated(boolean allocated) { this.allocated = allocated; }
    public boolean isComputed() { return computed; }
    public void setComputed(boolean computed) { this.computed = computed; }
    public BigDecimal getScore() { return score; }
    public void setScore(BigDecimal score) { this.score = score; }
}
