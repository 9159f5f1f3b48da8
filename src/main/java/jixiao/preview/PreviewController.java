package jixiao.preview;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jixiao.forms.SelfAssessmentExport;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Evaluator;
import jixiao.web.Attachment;
import jixiao.web.PreviewRequest;
import jixiao.web.RequestReader;

/**
 * Departments preview their self-score: score without storing. The answer is the result as JSON, or — when
 * the client's {@code Accept} asks for an .xlsx — the scored 绩效自评表 as a workbook.
 */
@Controller("/api/v1/evaluations/preview")
@ExecuteOn(TaskExecutors.BLOCKING)
class PreviewController {
    private final Evaluator evaluator;
    private final SelfAssessmentExport export;

    PreviewController(Evaluator evaluator, SelfAssessmentExport export) {
        this.evaluator = evaluator;
        this.export = export;
    }

    /** Any content type is routed here: the body's reader answers 400 for none and 415 for one it does not take. */
    @Post(consumes = MediaType.ALL, produces = {MediaType.APPLICATION_JSON, MediaType.MICROSOFT_EXCEL_OPEN_XML})
    HttpResponse<?> preview(HttpRequest<?> http, @Body PreviewRequest request) {
        RequestReader.Preview inputs = request.read("");
        EvaluationResult result = evaluator.evaluate(inputs.declaration(), inputs.assessment());
        if (!Attachment.asked(http.getHeaders().accept(), Attachment.XLSX)) {
            return HttpResponse.ok(result).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        String name = inputs.declaration().name();
        return Attachment.of(export.write(inputs.declaration(), inputs.assessment(), result), Attachment.XLSX,
                "jixiao-preview.xlsx", (name == null || name.isBlank() ? "" : name.strip() + "-") + "绩效自评表（预览）.xlsx");
    }
}
