package jixiao.tables;

/** A term of a qualitative scale; rank 1 is best, equal ranks are equal terms. */
public record ScaleTerm(String scale, int rank, String term, boolean negated) {
}
