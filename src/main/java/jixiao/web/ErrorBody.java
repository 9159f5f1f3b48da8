package jixiao.web;

/** The error body of every 4xx the API sends: a code, a message naming the field, and the field's path. */
public record ErrorBody(String error, String message, String path) {
}
