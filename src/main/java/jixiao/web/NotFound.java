package jixiao.web;

/** A path id that names nothing stored: answered 404 with the id's kind and value. */
public final class NotFound extends RuntimeException {
    private final String path;

    public NotFound(String kind, String id, String path) {
        super(kind + " '" + id + "' does not exist");
        this.path = path;
    }

    public String path() {
        return path;
    }
}
