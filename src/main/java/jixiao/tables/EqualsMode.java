package jixiao.tables;

/** How an explicit {@code =} is scored (spec §1.5): in the direction the indicator implies, or exactly. */
public enum EqualsMode {
    DIRECTIONAL("directional"), STRICT("strict");

    private final String word;

    EqualsMode(String word) {
        this.word = word;
    }

    /** The spelling of the tables ({@code directional}). */
    public String word() {
        return word;
    }
}
