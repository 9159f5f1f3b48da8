package jixiao.web;

import static jixiao.web.FieldPath.at;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The body of a preview, and an item of a batch: a declaration with its assessment (without one, the
 * year-end report of nothing).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PreviewRequest(DeclarationRequest declaration, AssessmentRequest assessment) implements JsonRequest {

    /** What is scored, checked at {@code path} ("" for a body of its own, {@code [3]} for an item of a batch). */
    public RequestReader.Preview read(String path) {
        if (declaration == null) {
            throw new RequestProblem("MISSING_FIELD", at(path) + "declaration is required", at(path) + "declaration");
        }
        return new RequestReader.Preview(declaration.read(at(path) + "declaration"),
                assessment == null ? AssessmentRequest.NONE : assessment.read(at(path) + "assessment"));
    }
}
