package jixiao.web;

/** Paths of fields in a request, as errors name them: {@code declaration.indicators[3].target}; "" is the body. */
final class FieldPath {
    private FieldPath() {
    }

    /** The prefix of a field's path under {@code path}: nothing at the body's root. */
    static String at(String path) {
        return path.isEmpty() ? "" : path + ".";
    }

    /** {@code path} and a path under it ({@code "a.b"}, {@code "a[3]"}); either may be empty. */
    static String join(String path, String under) {
        if (path.isEmpty() || under.isEmpty()) {
            return path + under;
        }
        return under.startsWith("[") ? path + under : path + "." + under;
    }

    /** What a message calls the field at {@code path}. */
    static String name(String path) {
        return path.isEmpty() ? "the body" : path;
    }
}
