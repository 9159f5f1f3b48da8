package jixiao.web;

/** Query and path parameters, converted by the framework, checked against their ranges here. */
public final class QueryValues {
    private QueryValues() {
    }

    /** A 400 naming {@code name} unless {@code value} (absent: nothing to check) is from {@code min} to {@code max}. */
    public static void within(Integer value, String name, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw Limits.invalid(name + " must be a whole number from " + min + " to " + max, name);
        }
    }
}
