package jixiao.scoring.fact;

/** 60-total.drl: the grade of the total. */
public record Grade(String grade) {
}
