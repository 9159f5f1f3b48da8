package jixiao.storage;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.Parameter;
import jixiao.web.ApiErrors;
import jixiao.web.ApiSecuredErrors;
import jixiao.web.ApiExamples;
import jixiao.web.PreviewRequest;
import jixiao.scoring.InputProblem;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.scheduling.executor.ExecutorConfiguration;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.inject.Named;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import jixiao.accounts.Actor;
import jixiao.accounts.Roles;
import jixiao.scoring.Evaluators;
import jixiao.web.Bodies;
import jixiao.web.JixiaoConfig;
import jixiao.web.Json;
import jixiao.web.RequestProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Many declaration + assessment pairs in one request, as a JSON array or as NDJSON (one item per line),
 * streamed: items are read as they arrive while earlier ones are scored on the batch workers. Each item
 * lands whole (in one transaction with up to 49 others, {@link GroupCommit}) or is reported with its own error;
 * the answer sums up counts, grades and failures. A bureau's alone; each item's evaluation records who sent the batch, and the batch's audit
 * entry its counts.
 */
@Controller("/api/v1/batches")
@Tag(name = "batches", description = "批量评分并存储 / score and store many at once")
@ApiErrors
@ApiSecuredErrors
@Secured(Roles.BUREAU)
@SecurityRequirement(name = "bearer", scopes = {Roles.BUREAU})
@ExecuteOn(TaskExecutors.BLOCKING)
class BatchController {
    private static final Logger LOG = LoggerFactory.getLogger(BatchController.class);
    private static final String NDJSON = "application/x-ndjson";
    /** Items stored per transaction (see {@link GroupCommit}). */
    private static final int GROUP_SIZE = 50;
    private final EvaluationService service;
    private final Json json;
    private final ExecutorService workers;
    private final int inFlight;
    private final long itemMaxBytes;
    private final List<String> gradeNames;
    private final BatchInFlight inFlightItems;

    BatchController(EvaluationService service, Json json, JixiaoConfig config, Evaluators evaluators,
                    @Named(BatchWorkers.NAME) ExecutorService workers,
                    @Named(BatchWorkers.NAME) ExecutorConfiguration pool, BatchInFlight inFlightItems) {
        this.inFlightItems = inFlightItems;
        Set<String> names = new LinkedHashSet<>();  // items may be of any year: the grades of every year's tables
        for (int i = evaluators.editions().size() - 1; i >= 0; i--) {
            evaluators.editions().get(i).evaluator().ruleset().tables().policy().grades().forEach(g -> names.add(g.grade()));
        }
        names.add(YearSummary.UNGRADED);
        this.gradeNames = List.copyOf(names);
        this.service = service;
        this.json = json;
        this.workers = workers;
        // read ahead of the workers by as many items as they score at once, no further
        this.inFlight = 2 * pool.getNumberOfThreads();
        this.itemMaxBytes = config.batchItemMaxBytes();
    }

    /** Streamed: the body is read here as it arrives, so it may be far larger than a single document. */
    @Operation(summary = "批量提交：JSON 数组或 NDJSON，逐条存储或列入 failures / many items as a JSON array or NDJSON; "
            + "each lands whole or is listed in failures",
            description = "逐条读取、评分并分组（每组至多 50 条）在一个事务中存储，提交后才报告已存储；答复汇总数量、等级和失败项。 Items are read as they arrive, "
                    + "scored and stored in groups of up to 50 per transaction (an item is reported stored once its "
                    + "group has committed); the answer sums up counts, grades and failures.",
            requestBody = @RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            array = @ArraySchema(schema = @Schema(implementation = PreviewRequest.class)),
                            examples = @ExampleObject(name = "one item", value = ApiExamples.BATCH)),
                    @Content(mediaType = NDJSON, schema = @Schema(type = "string",
                            description = "每行一个 {\"declaration\",\"assessment\"} 或 {\"declarationId\",\"assessment\"} / "
                                    + "one item per line"))}))
    @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    BatchTally.Report batch(@Nullable @Header("Content-Type") String contentType, @Nullable @Body InputStream body,
                            @Parameter(hidden = true) Actor actor) {
        if (body == null) {
            throw empty();
        }
        BatchTally tally = new BatchTally(workers, inFlight, gradeNames, inFlightItems.items());
        GroupCommit<EvaluationService.PreparedItem> groups = new GroupCommit<>(sink(tally), GROUP_SIZE);
        BatchItems items = new BatchItems(json.requests(), itemMaxBytes, tally,
                (item, index) -> tally.run(() -> score(item, index, tally, groups, actor)));
        try {
            try (tally; BufferedInputStream in = new BufferedInputStream(body, 64 * 1024)) {
                int first = firstNonBlank(in);
                if (first < 0) {
                    throw empty();
                }
                Bodies.requireType(contentType, MediaType.APPLICATION_JSON, NDJSON);
                if (first == '[') {
                    items.array(in);
                } else if (first == '{') {
                    items.lines(in);
                } else {
                    throw new RequestProblem("MALFORMED_JSON",
                            "a batch is a JSON array of items or NDJSON (one JSON object per line)", "");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } finally {
            groups.flush();  // every worker is done (the tally is closed): the items scored so far land whole
        }
        BatchTally.Report report = tally.report();
        service.batchDone(actor, report);
        return report;
    }

    private static RequestProblem empty() {
        return new RequestProblem("MISSING_BODY", "the batch is empty; a JSON array or NDJSON is expected", "");
    }

    /** On a worker: one item scored and added to the open group, or its failure recorded. */
    private void score(JsonNode item, int index, BatchTally tally, GroupCommit<EvaluationService.PreparedItem> groups,
                       Actor actor) {
        String path = "[" + index + "]";
        try {
            groups.add(index, service.prepareItem(item, path, actor));
        } catch (InputProblem p) {
            tally.fail(index, p.code(), p.getMessage(), p.path());
        } catch (RuntimeException unexpected) {
            LOG.error("batch item {} failed", index, unexpected);
            tally.fail(index, "STORAGE_FAILED", "item " + index + " could not be stored; nothing of it was kept", path);
        }
    }

    /** Items stored by the service, reported to the tally. */
    private GroupCommit.Sink<EvaluationService.PreparedItem> sink(BatchTally tally) {
        return new GroupCommit.Sink<>() {
            @Override
            public void store(List<EvaluationService.PreparedItem> items) {
                service.storeItems(items);
            }

            @Override
            public void stored(int index, EvaluationService.PreparedItem item) {
                Store.Evaluation e = item.evaluation();
                tally.stored(new BatchTally.Report.Item(index, e.declarationId(), e.id(), e.totalScore(), e.grade()));
            }

            @Override
            public void failed(int index) {
                tally.fail(index, "STORAGE_FAILED", "item " + index + " could not be stored; nothing of it was kept",
                        "[" + index + "]");
            }
        };
    }

    private static int firstNonBlank(BufferedInputStream in) throws IOException {
        while (true) {
            in.mark(4);
            int b = in.read();
            if (b < 0) {
                return -1;
            }
            if (b == 0xEF) {  // a UTF-8 byte-order mark
                in.skip(2);
                continue;
            }
            if (!Character.isWhitespace(b)) {
                in.reset();
                return b;
            }
        }
    }
}
