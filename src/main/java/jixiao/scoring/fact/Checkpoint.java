package jixiao.scoring.fact;

import java.math.BigDecimal;

/** A point of the spending plan: by the end of {@code month}, {@code percent} of the budget spent. */
public record Checkpoint(int month, BigDecimal percent) {
}
