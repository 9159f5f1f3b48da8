package jixiao.engine;

/** The rules cannot be built or run: names the file and line where that is known. */
public final class RuleBaseException extends RuntimeException {
    public RuleBaseException(String message) {
        super(message);
    }
}
