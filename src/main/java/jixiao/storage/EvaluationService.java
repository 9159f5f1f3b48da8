package jixiao.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import jixiao.web.Json;
import jixiao.web.RequestReader;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Evaluator;
import jixiao.scoring.Inputs;
import jixiao.web.RequestProblem;
import jixiao.scoring.Ruleset;
import jixiao.web.NotFound;

/**
 * The bureau's stored year: declarations kept as sent, assessments scored and stored with their
 * evaluation in one transaction, evaluations re-computed under the current rules beside the old ones.
 */
@Singleton
public class EvaluationService {
    private final Evaluator evaluator;
    private final Store store;
    private final Json json;
    private final RequestReader reader;

    public EvaluationService(Evaluator evaluator, Store store, Json json) {
        this.evaluator = evaluator;
        this.store = store;
        this.json = json;
        this.reader = new RequestReader(json.mapper());
    }

    /** Checks and stores a declaration sent at {@code path} ("" for a request body of its own). */
    public Store.Declaration declare(JsonNode body, String path) {
        Store.Declaration row = declarationRow(body, path);
        return store.write(c -> {
            store.insert(c, row);
            return row;
        });
    }

    public Store.Declaration declaration(String id) {
        return store.declaration(id).orElseThrow(() -> new NotFound("declaration", id, "id"));
    }

    /** Scores an assessment of a stored declaration; the assessment and its evaluation land together. */
    public ObjectNode submit(String declarationId, JsonNode assessmentBody) {
        Store.Declaration declaration = declaration(declarationId);
        Inputs.Assessment assessment = reader.assessment(assessmentBody, "");
        Stored stored = score(declaration, assessmentBody, assessment);
        store.write(c -> {
            store.insert(c, stored.assessment());
            store.insert(c, stored.evaluation());
            return null;
        });
        return view(stored.evaluation(), declaration.bodyJson(), stored.assessment().bodyJson());
    }

    /** One batch item: a new declaration with its assessment, or an assessment of a stored declaration. */
    public Store.Evaluation submitItem(JsonNode item, String path) {
        if (item == null || !item.isObject()) {
            throw new RequestProblem("WRONG_TYPE", path + " must be an object", path);
        }
        JsonNode assessmentBody = item.get("assessment");
        if (assessmentBody == null || assessmentBody.isNull()) {
            throw new RequestProblem("MISSING_FIELD", path + ".assessment is required", path + ".assessment");
        }
        Inputs.Assessment assessment = reader.assessment(assessmentBody, path + ".assessment");
        JsonNode declarationId = item.get("declarationId");
        boolean existing = declarationId != null && !declarationId.isNull();
        Store.Declaration declaration = existing
                ? store.declaration(declarationId.asText()).orElseThrow(() -> new RequestProblem("UNKNOWN_DECLARATION",
                        path + ".declarationId '" + declarationId.asText() + "' does not exist", path + ".declarationId"))
                : declarationRow(item.get("declaration"), path + ".declaration");
        Stored stored = existing ? score(declaration, assessmentBody, assessment)
                : score(declaration, reader.declaration(item.get("declaration"), path + ".declaration"), assessmentBody,
                        assessment);
        store.write(c -> {
            if (!existing) {
                store.insert(c, declaration);
            }
            store.insert(c, stored.assessment());
            store.insert(c, stored.evaluation());
            return null;
        });
        return stored.evaluation();
    }

    public ObjectNode evaluation(String id) {
        Store.EvaluationWithInputs found = store.evaluation(id).orElseThrow(() -> new NotFound("evaluation", id, "id"));
        return view(found.evaluation(), found.declarationJson(), found.assessmentJson());
    }

    /** A new evaluation of the same inputs under the current rules, linked to the old one, with what changed. */
    public ObjectNode reevaluate(String id) {
        Store.EvaluationWithInputs old = store.evaluation(id).orElseThrow(() -> new NotFound("evaluation", id, "id"));
        Store.Declaration declaration = declaration(old.evaluation().declarationId());
        Inputs.Declaration d = reader.declaration(parse(old.declarationJson()), "declaration");
        Inputs.Assessment a = reader.assessment(parse(old.assessmentJson()), "assessment");
        EvaluationResult result = evaluator.evaluate(d, a);
        Store.Evaluation fresh = evaluationRow(UUID.randomUUID().toString(), declaration, old.evaluation().assessmentId(),
                old.evaluation().id(), result);
        store.write(c -> {
            store.insert(c, fresh);
            return null;
        });
        ObjectNode view = view(fresh, old.declarationJson(), old.assessmentJson());
        view.set("diff", Diff.between(old.evaluation(), parse(old.evaluation().resultJson()), fresh,
                parse(fresh.resultJson()), json.mapper()));
        return view;
    }

    private record Stored(Store.Assessment assessment, Store.Evaluation evaluation) {
    }

    private Stored score(Store.Declaration declaration, JsonNode assessmentBody, Inputs.Assessment assessment) {
        return score(declaration, reader.declaration(parse(declaration.bodyJson()), "declaration"), assessmentBody,
                assessment);
    }

    private Stored score(Store.Declaration declaration, Inputs.Declaration d, JsonNode assessmentBody,
                         Inputs.Assessment assessment) {
        EvaluationResult result = evaluator.evaluate(d, assessment);
        Instant now = now();
        Store.Assessment a = new Store.Assessment(UUID.randomUUID().toString(), declaration.id(),
                result.period().name(), result.month(), json.write(assessmentBody), now);
        return new Stored(a, evaluationRow(UUID.randomUUID().toString(), declaration, a.id(), null, result));
    }

    private Store.Declaration declarationRow(JsonNode body, String path) {
        String at = path.isEmpty() ? "" : path + ".";
        if (body == null || body.isNull()) {
            throw new RequestProblem("MISSING_FIELD", at + "declaration is required", path);
        }
        Inputs.Declaration d = reader.declaration(body, path);
        require(d.unit(), at + "unit", 500);
        require(d.name(), at + "name", 1000);
        if (d.year() == null) {
            throw new RequestProblem("MISSING_FIELD", at + "year is required to store a declaration", at + "year");
        }
        if (d.year() < 1900 || d.year() > 9999) {
            throw new RequestProblem("INVALID_VALUE", at + "year must be from 1900 to 9999", at + "year");
        }
        String table = evaluator.tableIdFor(d);
        return new Store.Declaration(UUID.randomUUID().toString(), d.subjectType(), d.unit().strip(), d.name().strip(),
                d.year(), table, d.indicators().size(), json.write(body), now());
    }

    private static void require(String value, String path, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new RequestProblem("MISSING_FIELD", path + " is required to store a declaration", path);
        }
        if (value.strip().length() > maxLength) {
            throw new RequestProblem("INVALID_VALUE", path + " is longer than " + maxLength + " characters", path);
        }
    }

    private Store.Evaluation evaluationRow(String id, Store.Declaration declaration, String assessmentId,
                                           String previousId, EvaluationResult result) {
        Ruleset ruleset = evaluator.ruleset();
        List<Store.Deviation> deviations = result.deviations().stream()
                .map(d -> new Store.Deviation(d.type().name(), d.severity().name(), d.indicatorId(), d.level3(),
                        d.message())).toList();
        int errors = (int) deviations.stream().filter(d -> "ERROR".equals(d.severity())).count();
        return new Store.Evaluation(id, declaration.id(), assessmentId, previousId, declaration.year(),
                declaration.subjectType(), declaration.unit(), declaration.name(), result.period().name(),
                result.month(), result.totalScore(), result.grade(),
                result.light() == null ? null : result.light().name(), deviations.size(), errors, ruleset.version(), ruleset.rulesVersion(),
                ruleset.tablesVersion(), json.write(result), now(), deviations);
    }

    /** An evaluation as the API shows it: ids and time, the full result, and the exact inputs. */
    private ObjectNode view(Store.Evaluation e, String declarationJson, String assessmentJson) {
        ObjectNode out = json.mapper().createObjectNode();
        out.put("id", e.id());
        out.put("declarationId", e.declarationId());
        out.put("assessmentId", e.assessmentId());
        out.put("previousEvaluationId", e.previousId());
        out.put("createdAt", e.createdAt().toString());
        out.setAll((ObjectNode) parse(e.resultJson()));
        ObjectNode inputs = out.putObject("inputs");
        inputs.set("declaration", parse(declarationJson));
        inputs.set("assessment", parse(assessmentJson));
        return out;
    }

    private JsonNode parse(String stored) {
        try {
            return json.mapper().readTree(stored);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored JSON cannot be read", e);
        }
    }

    /** Millisecond precision, so a stored time reads back exactly as it was returned. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
