package jixiao.preview;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jixiao.web.ApiErrors;
import jixiao.web.ApiExamples;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jixiao.forms.SelfAssessmentExport;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jixiao.scoring.EvaluationResult;
import jixiao.web.Attachment;
import jixiao.web.EvaluationMeter;
import jixiao.web.PreviewRequest;
import jixiao.web.RequestReader;

/**
 * Departments preview their self-score: score without storing. The answer is the result as JSON, or — when
 * the client's {@code Accept} asks for an .xlsx — the scored 绩效自评表 as a workbook.
 */
@Controller("/api/v1/evaluations/preview")
@Tag(name = "preview", description = "部门预览自评得分，不存储 / departments preview their self-score; nothing is stored")
@ApiErrors
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(PreviewWorkers.NAME)
class PreviewController {
    private final EvaluationMeter meter;
    private final SelfAssessmentExport export;

    PreviewController(EvaluationMeter meter, SelfAssessmentExport export) {
        this.meter = meter;
        this.export = export;
    }

    /** Any content type is routed here: the body's reader answers 400 for none and 415 for one it does not take. */
    @Operation(summary = "预览自评得分 / score a declaration and its assessment without storing",
            description = "按 scoring.md 评分，返回每个指标的得分、所用规则及中文说明；不存储。Accept 为 .xlsx 时返回评分后的绩效自评表。"
                    + " Scores as scoring.md says and answers every indicator's score with the rule that gave it and a "
                    + "Chinese explanation; nothing is stored. With Accept: " + MediaType.MICROSOFT_EXCEL_OPEN_XML
                    + " the answer is the scored 绩效自评表 as a workbook.", requestBody = @RequestBody(
            required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PreviewRequest.class),
            examples = @ExampleObject(name = "project", summary = "三个指标的项目，年终 / a project of three indicators, year end",
                    value = ApiExamples.PREVIEW))))
    @Post(consumes = MediaType.ALL, produces = {MediaType.APPLICATION_JSON, MediaType.MICROSOFT_EXCEL_OPEN_XML})
    HttpResponse<?> preview(HttpRequest<?> http, @Body PreviewRequest request) {
        RequestReader.Preview inputs = request.read("");
        EvaluationResult result = meter.evaluate(inputs.declaration(), inputs.assessment());
        if (!Attachment.asked(http.getHeaders().accept(), Attachment.XLSX)) {
            return HttpResponse.ok(result).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        String name = inputs.declaration().name();
        return Attachment.of(export.write(inputs.declaration(), inputs.assessment(), result), Attachment.XLSX,
                "jixiao-preview.xlsx", (name == null || name.isBlank() ? "" : name.strip() + "-") + "绩效自评表（预览）.xlsx");
    }
}
