package jixiao.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jixiao.web.QueryValues;
import jixiao.web.ApiErrors;
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
import jixiao.scoring.Evaluators;
import jixiao.web.EvaluationMeter;
import jixiao.web.Json;

/**
 * Departments' Excel and Word forms in: every form of one file as the declaration and assessment the
 * scoring endpoints take, with warnings; with {@code ?evaluate=true} each also scored as a preview. Open
 * without login, stores nothing.
 */
@Controller("/api/v1/imports")
@Tag(name = "imports", description = "读取 Excel/Word 表格 / read Excel and Word forms")
@ApiErrors
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportController {
    private final FormImporter importer;
    private final FormScoring scoring;
    private final long maxBytes;
    private final ImportGate gate;
    private final int permits;

    ImportController(FormImporter importer, Evaluators evaluators, EvaluationMeter meter, Json json,
                     ImportConfig config) {
        this.importer = importer;
        this.scoring = new FormScoring(evaluators, meter::evaluate, json.requests());
        this.maxBytes = config.maxBytes();
        this.permits = config.maxConcurrent();
        this.gate = new ImportGate(permits, config.maxWait());
    }

    /**
     * Streamed and counted here, so the body may exceed what a body bound whole may hold; read only in a
     * turn of the {@link ImportGate} (a refused body is drained, so the connection stays usable).
     */
    @Operation(summary = "导入表格（multipart 字段 file 或原始字节）/ import a form file (multipart field file, or the raw bytes)")
    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    ImportResponse importFile(@Nullable @Header("Content-Type") String contentType,
                              @Nullable @QueryValue String filename,
                              @Nullable @QueryValue String scoringTable,
                              @Parameter(description = "true：同时评分每份表 / also score each form",
                                      schema = @Schema(type = "boolean")) @Nullable @QueryValue String evaluate,
                              @Nullable @Body InputStream body) {
        boolean scored = Boolean.TRUE.equals(QueryValues.flag(evaluate, "evaluate"));
        String table = blankToNull(scoringTable);
        if (table != null) {
            scoring.requireKnownTable(table, "scoringTable");
        }
        if (!gate.enter()) {
            Upload.drain(body);
            throw new ImportsBusy(gate.retryAfterSeconds(), permits);
        }
        try {
            Upload upload = Upload.read(body, contentType, filename, maxBytes);
            ImportResult result = importer.read(upload.bytes(), upload.fileName(), upload.contentType());
            List<ImportResponse.Form> forms = new ArrayList<>();
            for (ImportedForm form : result.forms()) {
                forms.add(answer(form.withScoringTable(table), forms.size(), scored));
            }
            return new ImportResponse(result.format(), forms);
        } finally {
            gate.leave();
        }
    }

    private ImportResponse.Form answer(ImportedForm form, int index, boolean evaluate) {
        String path = "forms[" + index + "]";
        ObjectNode declaration = FormScoring.declaration(form, path);
        ObjectNode assessment = InputsJson.assessment(form.assessment());
        EvaluationResult evaluation = evaluate ? scoring.score(declaration, assessment, path) : null;
        return new ImportResponse.Form(form.kind().name(), form.source(), declaration, assessment, evaluation,
                form.warnings());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
