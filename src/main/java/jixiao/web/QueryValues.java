package jixiao.web;

/** Query and path parameters, converted by the framework, checked against their ranges here. */
public final class QueryValues {
    private QueryValues() {
    }

    /**
     * A yes-or-no parameter: {@code true} or {@code false} (any case), absent or empty as null; anything else is a
     * 400 naming {@code name}, not silently false ({@code evaluate=maybe} would drop what the client asked for).
     */
    public static Boolean flag(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Limits.invalid(name + " must be true or false", name);
        };
    }

    /** A 400 naming {@code name} unless {@code value} (absent: nothing to check) is from {@code min} to {@code max}. */
    public static void within(Integer value, String name, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw Limits.invalid(name + " must be a whole number from " + min + " to " + max, name);
        }
    }
}
