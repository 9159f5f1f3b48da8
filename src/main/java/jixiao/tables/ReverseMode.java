package jixiao.tables;

/** How a ceiling (≤, <) that was exceeded is scored (spec §2): w × A / B, or w × max(0, 1 − (B − A) / A). */
public enum ReverseMode {
    RATIO("ratio"), LINEAR("linear");

    private final String word;

    ReverseMode(String word) {
        this.word = word;
    }

    /** The spelling of the tables ({@code ratio}). */
    public String word() {
        return word;
    }
}
