package jixiao.floor;

import java.math.BigDecimal;
import jixiao.indicator.CompletionTier;
import jixiao.indicator.Op;
import jixiao.scoring.Inputs;

/** One declared indicator while the floor scores it: what was read, then what each step decided. */
final class Row {
    /** How a classified indicator is scored: by its comparator (§2) or by completion tiers (§2.1). */
    enum Kind {
        QUANTITATIVE, QUALITATIVE
    }

    final Inputs.DeclaredIndicator declared;
    /** As read; at mid-year its target is the value expected by the month (§5). */
    Reading reading;
    final boolean reasonGiven;
    final BigDecimal claimed;

    ScoringTable.Group group;
    Status status;
    /** Why an INVALID row cannot be scored: UNKNOWN_GROUP, UNRECOGNIZED_VALUE or UNIT_MISMATCH. */
    Deviation.Type cause;
    Kind kind;
    /** The comparator the row is scored by: as written, or the direction a directional {@code =} implies. */
    Op scoredOp;
    /** §1.6: a completion tier word reported against a numeric target. */
    boolean notQuantified;
    /** The actual in the target's unit; a word for nothing against a numeric target reads as 0 (§1.6). */
    BigDecimal b;
    BigDecimal points;
    /** §2.2: where the group was scaled to its weight, the weight W and the sum Σ it was scaled from. */
    BigDecimal scaledTo;
    BigDecimal scaledFrom;
    CompletionTier tier;
    BigDecimal score;
    // half-year monitoring (§5): the value expected by the month, whether it accumulates, progress and light
    BigDecimal expected;
    boolean cumulative;
    BigDecimal progress;
    Light light;

    Row(Inputs.DeclaredIndicator declared, Reading reading, Inputs.ReportedActual reported) {
        this.declared = declared;
        this.reading = reading;
        this.b = reading.b();
        this.reasonGiven = reported != null && reported.reason() != null && !reported.reason().isBlank();
        this.claimed = reported == null ? null : reported.claimedScore();
    }

    /** Takes part in its group: holds points, and a score once scored (§3). */
    boolean isScored() {
        return group != null && status != Status.NOT_APPLICABLE;
    }

    void invalid(Deviation.Type why) {
        status = Status.INVALID;
        cause = why;
    }
}
