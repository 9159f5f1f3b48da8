package jixiao.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.io.buffer.ReferenceCounted;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.MessageBodyReader;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a client's JSON body into the {@link JsonRequest} its route binds with {@code @Body}, whatever
 * content type it declares: a blank body is {@code 400 MISSING_BODY}; then a content type other than
 * {@code application/json} (UTF-8) is {@code 415}; then the whole document is read within the bounds of
 * {@link Json#requests()} (depth, lengths, duplicate keys, every number's size) before anything is bound,
 * so a document beyond them is refused as such; then it is bound, a value of the wrong type named by its
 * path. The framework buffers the body first, up to {@code micronaut.server.max-request-buffer-size}
 * (5 MB: more is {@code 413}), while a streamed body (a batch) may be as large as
 * {@code micronaut.server.max-request-size}.
 */
@Singleton
final class JsonBodyReader<T extends JsonRequest> implements MessageBodyReader<T> {
    private final ObjectMapper requests;

    JsonBodyReader(Json json) {
        this.requests = json.requests();
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return true;  // whatever the type declared: read() answers 415 for what it does not take
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, ByteBuffer<?> body) {
        T read = read(type.getType(), headers, body.toByteArray());
        // released here once read, as the framework's own readers do; on a failure the framework releases it
        if (body instanceof ReferenceCounted rc) {
            rc.release();
        }
        return read;
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, InputStream in) {
        try (in) {
            return read(type.getType(), headers, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private T read(Class<T> type, Headers headers, byte[] body) {
        if (Bodies.isBlank(body)) {
            throw new RequestProblem("MISSING_BODY", "the request body is empty; a JSON object is expected", "");
        }
        Bodies.requireType(headers.get(HttpHeaders.CONTENT_TYPE), MediaType.APPLICATION_JSON);
        JsonNode document = JsonProblems.read(requests, body, "", "the request body");
        if (type == JsonDocument.class) {
            return type.cast(new JsonDocument(document));
        }
        T bound = JsonProblems.bind(requests, document, type, "");
        if (bound == null) {
            throw new RequestProblem("WRONG_TYPE", "the body must be an object", "");
        }
        return bound;
    }
}
