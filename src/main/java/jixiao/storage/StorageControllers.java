package jixiao.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import jixiao.web.JsonDocument;
import jixiao.web.JixiaoConfig;
import jixiao.web.Json;
import jixiao.web.Limits;
import jixiao.web.RequestReader;
import jixiao.scoring.Evaluator;
import jixiao.web.RequestProblem;

/** HTTP for the stored year: declarations, their assessments, evaluations, batches, summary and CSV. */
final class StorageControllers {
    private StorageControllers() {
    }

    static HttpResponse<String> json(HttpStatus status, Json json, Object body) {
        return HttpResponse.<String>status(status).body(json.write(body)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Controller("/api/v1/declarations")
    @ExecuteOn(TaskExecutors.BLOCKING)
    static class Declarations {
        private final EvaluationService service;
        private final Store store;
        private final Json json;

        Declarations(EvaluationService service, Store store, Json json) {
            this.service = service;
            this.store = store;
            this.json = json;
        }

        @Post(consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
        HttpResponse<String> declare(@Body JsonDocument body) {
            Store.Declaration d = service.declare(body.unwrap("declaration"), "");
            return HttpResponse.<String>created(URI.create("/api/v1/declarations/" + d.id()))
                    .body(json.write(view(d, json))).contentType(MediaType.APPLICATION_JSON_TYPE);
        }

        @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
        HttpResponse<String> get(@PathVariable String id) {
            return json(HttpStatus.OK, json, view(service.declaration(Ids.declaration(id)), json));
        }

        @Get(produces = MediaType.APPLICATION_JSON)
        HttpResponse<String> list(@QueryValue(defaultValue = "") String year, @QueryValue(defaultValue = "") String unit,
                                  @QueryValue(defaultValue = "") String subjectType,
                                  @QueryValue(defaultValue = "0") String page, @QueryValue(defaultValue = "50") String size) {
            if (!subjectType.isEmpty() && !Set.of("PROJECT", "DEPARTMENT").contains(subjectType)) {
                throw new RequestProblem("INVALID_VALUE", "subjectType must be PROJECT or DEPARTMENT", "subjectType");
            }
            Integer y = year.isEmpty() ? null : whole(year, "year", Limits.MIN_YEAR, Limits.MAX_YEAR);
            int p = whole(page, "page", 0, Integer.MAX_VALUE / 1000);
            int s = whole(size, "size", 1, 500);
            Store.Page found = store.declarations(y, unit.isEmpty() ? null : unit,
                    subjectType.isEmpty() ? null : subjectType, p, s);
            ObjectNode out = json.mapper().createObjectNode();
            ArrayNode items = out.putArray("items");
            found.items().forEach(d -> {
                ObjectNode item = view(d, json);
                item.remove("declaration");
                items.add(item);
            });
            out.put("page", found.page());
            out.put("size", found.size());
            out.put("total", found.total());
            out.put("totalPages", (found.total() + s - 1) / s);
            return json(HttpStatus.OK, json, out);
        }

        /** Every evaluation of a stored declaration, oldest first: its history for auditors. */
        @Get(uri = "/{id}/evaluations", produces = MediaType.APPLICATION_JSON)
        HttpResponse<String> evaluations(@PathVariable String id) {
            service.declaration(Ids.declaration(id));
            ArrayNode out = json.mapper().createArrayNode();
            store.evaluationsOf(id).forEach(e -> {
                ObjectNode item = out.addObject();
                item.put("id", e.id());
                item.put("assessmentId", e.assessmentId());
                item.put("previousEvaluationId", e.previousId());
                item.put("period", e.period());
                item.put("month", e.month());
                item.put("totalScore", e.totalScore());
                item.put("grade", e.grade());
                item.put("light", e.light());
                item.put("deviationCount", e.deviationCount());
                item.put("errorCount", e.errorCount());
                item.put("ruleset", e.rulesetVersion());
                item.put("createdAt", e.createdAt().toString());
            });
            return json(HttpStatus.OK, json, out);
        }

        /** Assessments of a stored declaration: stored with their evaluation in one transaction. */
        @Post(uri = "/{id}/assessments", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
        HttpResponse<String> assess(@PathVariable String id, @Body JsonDocument body) {
            ObjectNode evaluation = service.submit(Ids.declaration(id), body.unwrap("assessment"));
            return HttpResponse.<String>created(URI.create("/api/v1/evaluations/" + evaluation.get("id").asText()))
                    .body(json.write(evaluation)).contentType(MediaType.APPLICATION_JSON_TYPE);
        }

        static ObjectNode view(Store.Declaration d, Json json) {
            ObjectNode out = json.mapper().createObjectNode();
            out.put("id", d.id());
            out.put("subjectType", d.subjectType());
            out.put("unit", d.unit());
            out.put("name", d.name());
            out.put("year", d.year());
            out.put("scoringTable", d.scoringTable());
            out.put("indicatorCount", d.indicatorCount());
            out.put("createdAt", d.createdAt().toString());
            try {
                out.set("declaration", json.mapper().readTree(d.bodyJson()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("stored declaration cannot be read", e);
            }
            return out;
        }

        private static int whole(String text, String name, int min, int max) {
            try {
                int v = text.length() > 12 ? -1 : Integer.parseInt(text.strip());
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new RequestProblem("INVALID_VALUE", name + " must be a whole number from " + min + " to " + max, name);
        }
    }

    @Controller("/api/v1/evaluations")
    @ExecuteOn(TaskExecutors.BLOCKING)
    static class Evaluations {
        private final EvaluationService service;
        private final Json json;

        Evaluations(EvaluationService service, Json json) {
            this.service = service;
            this.json = json;
        }

        @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
        HttpResponse<String> get(@PathVariable String id) {
            return json(HttpStatus.OK, json, service.evaluation(Ids.evaluation(id)));
        }

        /** A new evaluation of the stored inputs under the current rules, linked to this one, with the diff. */
        @Post(uri = "/{id}/reevaluate", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
        HttpResponse<String> reevaluate(@PathVariable String id) {
            ObjectNode evaluation = service.reevaluate(Ids.evaluation(id));
            return HttpResponse.<String>created(URI.create("/api/v1/evaluations/" + evaluation.get("id").asText()))
                    .body(json.write(evaluation)).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
    }

    @Controller("/api/v1/years")
    @ExecuteOn(TaskExecutors.BLOCKING)
    static class Years {
        private final Store store;
        private final Evaluator evaluator;
        private final Json json;

        Years(Store store, Evaluator evaluator, Json json) {
            this.store = store;
            this.evaluator = evaluator;
            this.json = json;
        }

        /** The bureau's view of a year: year-end by default, or mid-year with {@code period=HALF_YEAR}. */
        @Get(uri = "/{year}/summary", produces = MediaType.APPLICATION_JSON)
        HttpResponse<String> summary(@PathVariable String year, @QueryValue(defaultValue = "FULL_YEAR") String period) {
            int y = Declarations.whole(year, "year", Limits.MIN_YEAR, Limits.MAX_YEAR);
            if (!Set.of("FULL_YEAR", "HALF_YEAR").contains(period)) {
                throw new RequestProblem("INVALID_VALUE", "period must be FULL_YEAR or HALF_YEAR", "period");
            }
            YearSummary summary = YearSummary.of(y, period, store.declarationCount(y), store.latest(y, period),
                    store.flagged(y, period, YearSummary.flaggedTypes(period)), store.notSubmitted(y, period),
                    evaluator.ruleset().tables().policy());
            return json(HttpStatus.OK, json, summary);
        }

        @Get(uri = "/{year}/evaluations.csv", produces = "text/csv")
        HttpResponse<byte[]> csv(@PathVariable String year) {
            int y = Declarations.whole(year, "year", Limits.MIN_YEAR, Limits.MAX_YEAR);
            byte[] body = Csv.of(store.allOfYear(y)).getBytes(StandardCharsets.UTF_8);
            return HttpResponse.ok(body).contentType(new MediaType("text/csv; charset=utf-8"))
                    .header("Content-Disposition", "attachment; filename=\"jixiao-" + y + "-evaluations.csv\"");
        }
    }
}
