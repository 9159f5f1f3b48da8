package jixiao.scoring.fact;

import jixiao.scoring.Light;

/** 85-spending.drl, at mid-year: the light of the spending, and what it adds to the budget's explanation. */
public record SpendingLight(Light light, String note) {
}
