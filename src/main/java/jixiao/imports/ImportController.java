package jixiao.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import jixiao.forms.FormImporter;
import jixiao.forms.ImportResult;
import jixiao.forms.ImportedForm;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Evaluator;
import jixiao.scoring.InputProblem;
import jixiao.web.Json;
import jixiao.web.Limits;
import jixiao.web.RequestProblem;
import jixiao.web.RequestReader;

/**
 * Departments' Excel and Word forms in: every form of one file as the declaration and assessment the
 * scoring endpoints take, with warnings; with {@code ?evaluate=true} each also scored as a preview. Open
 * without login, stores nothing.
 */
@Controller("/api/v1/imports")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportController {
    private final FormImporter importer;
    private final Evaluator evaluator;
    private final RequestReader reader;
    private final long maxBytes;

    ImportController(FormImporter importer, Evaluator evaluator, Json json, ImportConfig config) {
        this.importer = importer;
        this.evaluator = evaluator;
        this.reader = new RequestReader(json.requests());
        this.maxBytes = config.maxBytes();
    }

    /** Streamed and counted here, so the body may exceed what a body bound whole may hold. */
    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    ImportResponse importFile(@Nullable @Header("Content-Type") String contentType,
                              @Nullable @QueryValue String filename,
                              @Nullable @QueryValue String scoringTable,
                              @Nullable @QueryValue Boolean evaluate,
                              @Nullable @Body InputStream body) {
        Upload upload = Upload.read(body, contentType, filename, maxBytes);
        ImportResult result = importer.read(upload.bytes(), upload.fileName(), upload.contentType());
        List<ImportResponse.Form> forms = new ArrayList<>();
        for (ImportedForm form : result.forms()) {
            forms.add(answer(form.withScoringTable(blankToNull(scoringTable)), forms.size(), Boolean.TRUE.equals(evaluate)));
        }
        return new ImportResponse(result.format(), forms);
    }

    private ImportResponse.Form answer(ImportedForm form, int index, boolean evaluate) {
        String path = "forms[" + index + "]";
        int rows = form.declaration().indicators().size();
        if (rows > Limits.MAX_INDICATORS) {
            throw new RequestProblem("TOO_MANY_INDICATORS", path + ".declaration.indicators has " + rows
                    + " rows; at most " + Limits.MAX_INDICATORS + " are scored in one declaration",
                    path + ".declaration.indicators");
        }
        ObjectNode declaration = InputsJson.declaration(form.declaration());
        ObjectNode assessment = InputsJson.assessment(form.assessment());
        EvaluationResult evaluation = evaluate ? preview(declaration, assessment, path) : null;
        return new ImportResponse.Form(form.kind().name(), form.source(), declaration, assessment, evaluation,
                form.warnings());
    }

    /** Scored exactly as the preview scores the JSON it answers: read back by the preview's own request reader. */
    private EvaluationResult preview(JsonNode declaration, JsonNode assessment, String path) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("declaration", declaration);
        if (assessment != null) {
            body.set("assessment", assessment);
        }
        RequestReader.Preview inputs = reader.preview(body, path);
        try {
            return evaluator.evaluate(inputs.declaration(), inputs.assessment());
        } catch (InputProblem p) {  // the evaluator names the field of a body of its own: name the form's
            throw new RequestProblem(p.code(), path + "." + p.getMessage(), path + "." + p.path());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
