package jixiao.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import jixiao.forms.FormWarning;
import jixiao.scoring.EvaluationResult;

/**
 * The answer of an import (api.md, Imports): the format the file was read as and every form in it, the
 * declaration and assessment as the scoring endpoints take them, the preview's result with
 * {@code ?evaluate=true} (absent otherwise), and the warnings naming their cells.
 */
record ImportResponse(String format, List<Form> forms) {

    record Form(String kind, String source, JsonNode declaration, JsonNode assessment,
                @JsonInclude(JsonInclude.Include.NON_NULL) EvaluationResult evaluation, List<FormWarning> warnings) {
    }
}
