package jixiao.web;

import io.micronaut.http.HttpStatus;

/** A request refused with a status of its own (415, 404 …), answered in the API's error shape. */
public final class ApiProblem extends RuntimeException {
    private final HttpStatus status;
    private final String code;
    private final String path;

    public ApiProblem(HttpStatus status, String code, String message, String path) {
        super(message);
        this.status = status;
        this.code = code;
        this.path = path;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String path() {
        return path;
    }
}
