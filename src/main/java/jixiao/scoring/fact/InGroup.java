package jixiao.scoring.fact;

/** 10-classify.drl: the group of the scoring table an indicator falls in (its level1 names it). */
public record InGroup(Indicator indicator, String group) {
    public int seq() {
        return indicator.seq();
    }

    public Declared target() {
        return indicator.target();
    }

    public Reported actual() {
        return indicator.actual();
    }
}
