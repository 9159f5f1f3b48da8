package jixiao.scoring;

/**
 * Inputs that cannot be scored as sent: an error code, a message naming the field, and the field's path
 * (e.g. {@code declaration.scoringTable}). The web layer answers it as a 400 with the API's error body.
 */
public class InputProblem extends RuntimeException {
    private final String code;
    private final String path;

    public InputProblem(String code, String message, String path) {
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
