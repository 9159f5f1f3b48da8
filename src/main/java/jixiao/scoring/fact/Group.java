package jixiao.scoring.fact;

import java.math.BigDecimal;

/** A group of the scoring table used, with its weight; {@code budget} marks the group scored by budget execution. */
public record Group(String name, BigDecimal weight, boolean budget, int order) {
}
