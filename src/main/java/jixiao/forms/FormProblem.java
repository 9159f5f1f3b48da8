package jixiao.forms;

/**
 * A file the import refuses: too large, of a format it does not read, unreadable, beyond the read limits,
 * or holding no indicator table. The message is English and names what was wrong (and where, when known);
 * the web layer answers it as a 4xx in the API's error shape with {@link Code#httpStatus()}.
 */
public final class FormProblem extends RuntimeException {
    /** The error codes of api.md (Imports) and the status each is answered with. */
    public enum Code {
        /** The upload is over the import's own size limit. */
        PAYLOAD_TOO_LARGE(413),
        /** A format the import does not read (a PDF, an image named as such, no format at all). */
        UNSUPPORTED_FORMAT(415),
        /** Not what it says it is, corrupt, truncated, password-protected or a zip bomb. */
        UNREADABLE_FILE(400),
        /** More sheets, tables, rows, columns, cells or text than the read limits allow. */
        FORM_TOO_LARGE(413),
        /** Readable, but no table in it has indicator columns. */
        NO_FORM_FOUND(422);

        private final int httpStatus;

        Code(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Code code;

    public FormProblem(Code code, String message) {
        super(message);
        this.code = code;
    }

    public FormProblem(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public Code code() {
        return code;
    }

    static FormProblem unreadable(Format format, String why) {
        return new FormProblem(Code.UNREADABLE_FILE, "the file cannot be read as ." + format.label() + ": " + why);
    }

    static FormProblem tooLarge(String what) {
        return new FormProblem(Code.FORM_TOO_LARGE, what);
    }
}
