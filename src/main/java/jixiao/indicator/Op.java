package jixiao.indicator;

import java.util.Optional;

/** A comparator of a target value: how the actual must relate to it. */
public enum Op {
    GE(">=", "≥"), LE("<=", "≤"), GT(">", ">"), LT("<", "<"), EQ("=", "="), BETWEEN("BETWEEN", "~");

    private final String code;
    private final String symbol;

    Op(String code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    /** The spelling used in responses and in the rules: {@code >=}, {@code <=}, … */
    public String code() {
        return code;
    }

    /** The spelling a reader of an explanation expects: {@code ≥}, {@code ≤}, … */
    public String symbol() {
        return symbol;
    }

    /** Reads either spelling a request may use ({@code >=} or {@code ≥}, {@code BETWEEN}). */
    public static Optional<Op> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = Normaliser.foldVariants(text); // ＞＝, ≧, ⩾, ﹦, ═ … as in a value's text (§1.1)
        for (Op op : values()) {
            if (op.code.equalsIgnoreCase(t) || op.symbol.equals(t)) {
                return Optional.of(op);
            }
        }
        return "==".equals(t) ? Optional.of(EQ) : Optional.empty();
    }
}
