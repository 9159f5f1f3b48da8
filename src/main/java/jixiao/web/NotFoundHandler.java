package jixiao.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import jixiao.web.ErrorHandlers;
import jixiao.web.Json;

/** 404 in the API's error shape for ids that name nothing stored (or cannot name anything). */
@Singleton
@Produces
final class NotFoundHandler implements ExceptionHandler<NotFound, HttpResponse<String>> {
    private final Json json;

    NotFoundHandler(Json json) {
        this.json = json;
    }

    @Override
    public HttpResponse<String> handle(HttpRequest request, NotFound e) {
        // the id is a segment of the request path, not a field: the error names the request path (api.md)
        return ErrorHandlers.respond(json, HttpStatus.NOT_FOUND, "NOT_FOUND", e.getMessage(), request.getPath());
    }
}
