package jixiao.preview;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Evaluator;
import jixiao.web.PreviewRequest;
import jixiao.web.RequestReader;

/** Departments preview their self-score: score without storing. */
@Controller("/api/v1/evaluations/preview")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PreviewController {
    private final Evaluator evaluator;

    PreviewController(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Any content type is routed here: the body's reader answers 400 for none and 415 for one it does not take. */
    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    EvaluationResult preview(@Body PreviewRequest request) {
        RequestReader.Preview inputs = request.read("");
        return evaluator.evaluate(inputs.declaration(), inputs.assessment());
    }
}
