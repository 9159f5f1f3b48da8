package jixiao.review;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jixiao.web.ApiErrors;
import java.util.List;
import jixiao.scoring.Reviewer;
import jixiao.web.Json;
import jixiao.web.JsonDocument;
import jixiao.web.RequestReader;

/**
 * Target review before the year (目标审核): the findings of rules/05-review.drl for a declaration. Open like the
 * preview, and like it stores nothing; it does not consult stored years either, so last year's figures are
 * compared only when a declaration is stored by someone who may read them.
 */
@Controller("/api/v1/declarations/review")
@Tag(name = "review", description = "目标审核，不存储 / target review before the year; nothing is stored")
@ApiErrors
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewController {
    private final Reviewer reviewer;
    private final RequestReader reader;

    ReviewController(Reviewer reviewer, Json json) {
        this.reviewer = reviewer;
        this.reader = new RequestReader(json.mapper());
    }

    /** A declaration, or one nested the way the preview nests it ({@code {"declaration": {…}}}). */
    @Operation(summary = "审核绩效目标 / review declared targets (findings with the rule that raised each)")
    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    ReviewResponse review(@Body JsonDocument body) {
        return new ReviewResponse(reviewer.review(reader.declaration(body.unwrap("declaration"), ""), List.of()));
    }
}
