package jixiao.storage;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Evaluator;
import jixiao.web.EvaluationMeter;
import jixiao.scoring.Inputs;
import jixiao.scoring.Ruleset;
import jixiao.web.NotFound;
import jixiao.web.RequestProblem;
import jixiao.web.RequestReader;

/**
 * The bureau's stored year: declarations kept as sent, assessments scored and stored with their
 * evaluation in one transaction, evaluations re-computed under the current rules beside the old ones.
 */
@Singleton
public class EvaluationService {
    private final Evaluator evaluator;
    private final EvaluationMeter meter;
    private final Store store;
    private final StoredJson json;
    private final RequestReader reader;

    EvaluationService(Evaluator evaluator, EvaluationMeter meter, Store store, StoredJson json) {
        this.evaluator = evaluator;
        this.meter = meter;
        this.store = store;
        this.json = json;
        this.reader = new RequestReader(json.mapper());
    }

    /** Checks and stores a declaration sent at {@code path} ("" for a request body of its own). */
    Store.Declaration declare(JsonNode body, String path) {
        Store.Declaration row = declarationRow(body, path);
        return store.write(c -> {
            store.insert(c, row);
            return row;
        });
    }

    Store.Declaration declaration(DeclarationId id) {
        return store.declaration(id.value()).orElseThrow(() -> new NotFound("declaration", id.value(), "id"));
    }

    /** Scores an assessment of a stored declaration; the assessment and its evaluation land together. */
    EvaluationView submit(DeclarationId declarationId, JsonNode assessmentBody) {
        Store.Declaration declaration = declaration(declarationId);
        Inputs.Assessment assessment = reader.assessment(assessmentBody, "");
        Stored stored = score(declaration, assessmentBody, assessment);
        store.write(c -> {
            store.insert(c, stored.assessment());
            store.insert(c, stored.evaluation());
            return null;
        });
        return EvaluationView.of(stored.evaluation(), declaration.bodyJson(), stored.assessment().bodyJson(), json);
    }

    /** One batch item: a new declaration with its assessment, or an assessment of a stored declaration. */
    Store.Evaluation submitItem(JsonNode item, String path) {
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

    EvaluationView evaluation(EvaluationId id) {
        Store.EvaluationWithInputs found = stored(id);
        return EvaluationView.of(found.evaluation(), found.declarationJson(), found.assessmentJson(), json);
    }

    /** Every evaluation of a stored declaration, oldest first. */
    List<EvaluationView.Summary> history(DeclarationId id) {
        declaration(id);
        return store.evaluationsOf(id.value()).stream().map(EvaluationView.Summary::of).toList();
    }

    /** A new evaluation of the same inputs under the current rules, linked to the old one, with what changed. */
    EvaluationView reevaluate(EvaluationId id) {
        Store.EvaluationWithInputs old = stored(id);
        Store.Declaration declaration = declaration(new DeclarationId(old.evaluation().declarationId()));
        EvaluationResult result = meter.evaluate(reader.declaration(json.read(old.declarationJson()), "declaration"),
                reader.assessment(json.read(old.assessmentJson()), "assessment"));
        Store.Evaluation fresh = evaluationRow(declaration, old.evaluation().assessmentId(), old.evaluation().id(),
                result);
        store.write(c -> {
            store.insert(c, fresh);
            return null;
        });
        return EvaluationView.of(fresh, old.declarationJson(), old.assessmentJson(), json)
                .with(Diff.between(old.evaluation(), json.read(old.evaluation().resultJson()), fresh,
                        json.read(fresh.resultJson())));
    }

    private Store.EvaluationWithInputs stored(EvaluationId id) {
        return store.evaluation(id.value()).orElseThrow(() -> new NotFound("evaluation", id.value(), "id"));
    }

    private record Stored(Store.Assessment assessment, Store.Evaluation evaluation) {
    }

    private Stored score(Store.Declaration declaration, JsonNode assessmentBody, Inputs.Assessment assessment) {
        return score(declaration, reader.declaration(json.read(declaration.bodyJson()), "declaration"), assessmentBody,
                assessment);
    }

    private Stored score(Store.Declaration declaration, Inputs.Declaration d, JsonNode assessmentBody,
                         Inputs.Assessment assessment) {
        EvaluationResult result = meter.evaluate(d, assessment);
        Store.Assessment a = new Store.Assessment(UUID.randomUUID().toString(), declaration.id(),
                name(result.period()), result.month(), json.write(assessmentBody), now());
        return new Stored(a, evaluationRow(declaration, a.id(), null, result));
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

    /**
     * The row of an evaluation: its key figures beside the result, for the bureau's queries. The result's
     * kinds (period, light, deviation type and severity) are stored by name.
     */
    private Store.Evaluation evaluationRow(Store.Declaration declaration, String assessmentId, String previousId,
                                           EvaluationResult result) {
        Ruleset ruleset = evaluator.ruleset();
        List<Store.Deviation> deviations = result.deviations().stream()
                .map(d -> new Store.Deviation(name(d.type()), name(d.severity()), d.indicatorId(), d.level3(),
                        d.message())).toList();
        int errors = (int) deviations.stream().filter(d -> "ERROR".equals(d.severity())).count();
        return new Store.Evaluation(UUID.randomUUID().toString(), declaration.id(), assessmentId, previousId,
                declaration.year(), declaration.subjectType(), declaration.unit(), declaration.name(),
                name(result.period()), result.month(), result.totalScore(), result.grade(), name(result.light()),
                deviations.size(), errors, ruleset.version(), ruleset.rulesVersion(), ruleset.tablesVersion(),
                json.write(result), now(), deviations);
    }

    /** A kind of the result by its name, as the store and the API write it. */
    private static String name(Object kind) {
        return Objects.toString(kind, null);
    }

    /** Millisecond precision, so a stored time reads back exactly as it was returned. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
