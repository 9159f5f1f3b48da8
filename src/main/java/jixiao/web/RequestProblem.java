package jixiao.web;

/** A request that cannot be scored as sent: an error code, a message naming the field, and its path. */
public final class RequestProblem extends RuntimeException {
    private final String code;
    private final String path;

    public RequestProblem(String code, String message, String path) {
        super(message);
        this.code = code;
        this.path = path;
    }

    public String code() {
        return code;
    }

    public String path() {
        return path;
    }
}
