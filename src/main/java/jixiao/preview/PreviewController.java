package jixiao.preview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.InputStream;
import java.util.Map;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Evaluator;
import jixiao.web.Bodies;
import jixiao.web.JixiaoConfig;
import jixiao.web.Json;
import jixiao.web.RequestReader;

/** Departments preview their self-score: score without storing. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class PreviewController {
    private final Evaluator evaluator;
    private final Json json;
    private final RequestReader reader;
    private final long maxBytes;

    public PreviewController(Evaluator evaluator, Json json, JixiaoConfig config) {
        this.evaluator = evaluator;
        this.json = json;
        this.reader = new RequestReader(json.requests());
        this.maxBytes = config.previewMaxBytes();
    }

    @Post(uri = "/api/v1/evaluations/preview", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> preview(@Nullable @Header("Content-Type") String contentType,
                                        @Nullable @Body InputStream body) {
        RequestReader.Preview request = reader.preview(Bodies.json(contentType, body, maxBytes));
        EvaluationResult result = evaluator.evaluate(request.declaration(), request.assessment());
        return HttpResponse.ok(json.write(result)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Get(uri = "/health", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<String> health() {
        return HttpResponse.ok(json.write(Map.of("status", "UP", "ruleset", evaluator.ruleset().version())))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
