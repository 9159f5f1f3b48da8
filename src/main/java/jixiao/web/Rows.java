package jixiao.web;

/** The rows of a request's lists (indicators, actuals, plan points): each one an object. */
final class Rows {
    private Rows() {
    }

    /** {@code row}, or a refusal naming {@code path} when the list held {@code null} there. */
    static <T> T present(T row, String path) {
        if (row == null) {
            throw new RequestProblem("WRONG_TYPE", path + " must be an object", path);
        }
        return row;
    }
}
