package jixiao.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jixiao.scoring.Inputs;

/**
 * A request document read into what is scored, outside the HTTP binding: a stored declaration or
 * assessment read again, an item of a batch, a file in a test or a tool. The document is bound to its
 * request record ({@link PreviewRequest}, {@link DeclarationRequest}, {@link AssessmentRequest}) and
 * checked by it, with the same errors and paths as a request body; {@code path} is where the document
 * sits ("" for a body of its own).
 */
public final class RequestReader {
    private final ObjectMapper mapper;

    /** {@code mapper} reads text ({@link Json#requests()}: bounded as clients' documents are). */
    public RequestReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The declaration and assessment to score. */
    public record Preview(Inputs.Declaration declaration, Inputs.Assessment assessment) {
    }

    public Preview preview(String body) {
        return preview(parse(body), "");
    }

    /** A declaration with its assessment, as the preview body or one item of a batch at {@code path}. */
    public Preview preview(JsonNode root, String path) {
        return bind(root, PreviewRequest.class, path).read(path);
    }

    public JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new RequestProblem("MISSING_BODY", "the request body is empty; a JSON object is expected", "");
        }
        return JsonProblems.read(mapper, body, "", "the request body");
    }

    public Inputs.Declaration declaration(JsonNode n, String path) {
        return bind(n, DeclarationRequest.class, path).read(path);
    }

    public Inputs.Assessment assessment(JsonNode n, String path) {
        return bind(n, AssessmentRequest.class, path).read(path);
    }

    private <T> T bind(JsonNode n, Class<T> type, String path) {
        T bound = n == null ? null : JsonProblems.bind(mapper, n, type, path);
        if (bound == null) {
            throw new RequestProblem("WRONG_TYPE", FieldPath.name(path) + " must be an object", path);
        }
        return bound;
    }
}
