package jixiao.evaluation;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import jixiao.assessment.Json;

/** 404 in the API's error style for ids that name nothing stored. */
@Singleton
@Produces
final class NotFoundHandler implements ExceptionHandler<NotFound, HttpResponse<String>> {
    private final Json json;

    NotFoundHandler(Json json) {
        this.json = json;
    }

    @Override
    public HttpResponse<String> handle(HttpRequest request, NotFound e) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", "NOT_FOUND");
        body.put("message", e.getMessage());
        body.put("path", e.path());
        return HttpResponse.<String>status(HttpStatus.NOT_FOUND).body(json.write(body))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
