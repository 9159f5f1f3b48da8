package jixiao.scoring.fact;

import java.math.BigDecimal;

/** 80-progress.drl, at mid-year: the full-year value a quantity that adds up reaches at its pace so far. */
public record Projection(int seq, BigDecimal fullYear) {
}
