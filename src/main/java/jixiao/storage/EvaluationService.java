package jixiao.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Evaluators;
import jixiao.web.EvaluationMeter;
import jixiao.scoring.Inputs;
import jixiao.scoring.Ruleset;
import jixiao.accounts.Actor;
import jixiao.accounts.AuditAction;
import jixiao.accounts.AuditEntry;
import jixiao.accounts.AuditTrail;
import jixiao.accounts.Outcome;
import io.micronaut.http.HttpStatus;
import jixiao.web.ApiProblem;
import jixiao.web.NotFound;
import jixiao.web.RequestProblem;
import jixiao.web.RequestReader;

/**
 * The bureau's stored year: declarations kept as sent, assessments scored and stored with their
 * evaluation in one transaction, evaluations re-computed under the current rules beside the old ones. Each is
 * scored with the tables in force for its declaration's year, and records that year's ruleset versions.
 */
@Singleton
public class EvaluationService {
    private final Evaluators evaluators;
    private final EvaluationMeter meter;
    private final Store store;
    private final StoredJson json;
    private final RequestReader reader;
    private final AuditTrail audit;
    private final DeclarationReviews reviews;

    EvaluationService(Evaluators evaluators, EvaluationMeter meter, Store store, StoredJson json, AuditTrail audit,
                      DeclarationReviews reviews) {
        this.evaluators = evaluators;
        this.meter = meter;
        this.store = store;
        this.json = json;
        this.reader = new RequestReader(json.mapper());
        this.audit = audit;
        this.reviews = reviews;
    }

    /**
     * Checks and stores a declaration sent at {@code path} ("" for a request body of its own), with its audit
     * entry in the same transaction; a department may declare for its own unit only (403).
     */
    Drafted declare(JsonNode body, String path, Actor actor) {
        Drafted checked = draft(body, path, actor);
        Store.Declaration row = checked.row();
        String unitPath = path.isEmpty() ? "unit" : path + ".unit";
        if (!actor.maySee(row.unit())) {
            audit.record(AuditEntry.of(actor, AuditAction.DECLARATION_CREATED, null, Outcome.DENIED,
                    "unit=" + row.unit()));
            actor.requireWritable(row.unit(), unitPath);
        }
        Drafted drafted = reviewed(List.of(checked)).get(0);  // reviewed only once it may be stored
        return store.write(c -> {
            insert(c, drafted);
            audit.record(c, AuditEntry.of(actor, AuditAction.DECLARATION_CREATED, row.id(), Outcome.SUCCESS,
                    "year=" + row.year() + ", unit=" + row.unit() + ", indicators=" + row.indicatorCount()));
            return drafted;
        });
    }

    /** A stored declaration this actor may see: another unit's is a 404 for a department, as an unknown id. */
    Store.Declaration declaration(DeclarationId id, Actor actor) {
        Store.Declaration d = store.declaration(id.value()).orElseThrow(() -> new NotFound("declaration", id.value(), "id"));
        actor.requireVisible(d.unit(), "declaration", id.value());
        return d;
    }

    /** Scores an assessment of a stored declaration; the assessment, its evaluation and the audit entry land together. */
    EvaluationView submit(DeclarationId declarationId, JsonNode assessmentBody, Actor actor) {
        Store.Declaration declaration = declaration(declarationId, actor);
        Inputs.Assessment assessment = reader.assessment(assessmentBody, "");
        Stored stored = score(declaration, assessmentBody, assessment, actor);
        store.write(c -> {
            store.insert(c, stored.assessment());
            store.insert(c, stored.evaluation());
            audit.record(c, AuditEntry.of(actor, AuditAction.ASSESSMENT_SUBMITTED, stored.evaluation().id(),
                    Outcome.SUCCESS, "declaration=" + declaration.id() + ", period=" + stored.assessment().period()));
            return null;
        });
        return EvaluationView.of(stored.evaluation(), declaration.bodyJson(), stored.assessment().bodyJson(), json);
    }

    /** The audit entry of a whole batch, once its items are stored (each item in its own transaction). */
    void batchDone(Actor actor, BatchTally.Report report) {
        audit.record(AuditEntry.of(actor, AuditAction.BATCH_SUBMITTED, null,
                report.stored() == 0 && report.failed() > 0 ? Outcome.FAILURE : Outcome.SUCCESS,
                "received=" + report.received() + ", stored=" + report.stored() + ", failed=" + report.failed()));
    }

    /** One batch item: a new declaration with its assessment, or an assessment of a stored declaration. */
    /** A batch item scored and ready to store: its declaration (when new) and its assessment and evaluation. */
    record PreparedItem(Drafted drafted, Stored stored) {
        Store.Evaluation evaluation() {
            return stored.evaluation();
        }
    }

    /**
     * A batch item checked and scored, not yet stored: {@code {"declaration", "assessment"}} or
     * {@code {"declarationId", "assessment"}}.
     */
    PreparedItem prepareItem(JsonNode item, String path, Actor actor) {
        if (item == null || !item.isObject()) {
            throw new RequestProblem("WRONG_TYPE", path + " must be an object", path);
        }
        JsonNode assessmentBody = item.get("assessment");
        if (assessmentBody == null || assessmentBody.isNull()) {
            throw new RequestProblem("MISSING_FIELD", path + ".assessment is required", path + ".assessment");
        }
        Inputs.Assessment assessment = reader.assessment(assessmentBody, path + ".assessment");
        JsonNode declarationId = item.get("declarationId");
        if (declarationId != null && !declarationId.isNull()) {
            Store.Declaration declaration = store.declaration(declarationId.asText()).orElseThrow(() ->
                    new RequestProblem("UNKNOWN_DECLARATION", path + ".declarationId '" + declarationId.asText()
                            + "' does not exist", path + ".declarationId"));
            return new PreparedItem(null, score(declaration, assessmentBody, assessment, actor));
        }
        Drafted drafted = draft(item.get("declaration"), path + ".declaration", actor);  // reviewed with its group
        return new PreparedItem(drafted, score(drafted.row(), drafted.inputs(), assessmentBody, assessment, actor));
    }

    /**
     * Stores batch items in one transaction: all of them, or (on any failure) none. Their new declarations are
     * reviewed first, together (one look-up of their subjects' year before); then the rows go table by table,
     * each table's in one JDBC batch, in the order of the items.
     */
    void storeItems(List<PreparedItem> items) {
        List<Drafted> declared = reviewed(items.stream().map(PreparedItem::drafted).filter(Objects::nonNull).toList());
        store.write(c -> {
            Inserts.declarations(c, declared.stream().map(Drafted::row).toList());
            Inserts.findings(c, declared.stream().map(this::findings).toList());
            Inserts.assessments(c, items.stream().map(i -> i.stored().assessment()).toList());
            Inserts.evaluations(c, items.stream().map(PreparedItem::evaluation).toList());
            return null;
        });
    }

    /** An evaluation; a review (复核) with its comparison. */
    EvaluationView evaluation(EvaluationId id, Actor actor) {
        Store.EvaluationWithInputs found = stored(id, actor);
        Store.Evaluation e = found.evaluation();
        EvaluationView view = EvaluationView.of(e, found.declarationJson(), found.assessmentJson(), json);
        if (e.kind() == EvaluationKind.REVIEW) {
            return store.comparison(e.id()).map(c -> view.with(json.read(c, Comparison.class))).orElse(view);
        }
        if (e.previousId() == null) {
            return view;
        }
        // a re-evaluation shows, as its POST answered, what changed against the evaluation it re-computed
        return store.evaluation(e.previousId()).map(previous -> view.with(Diff.between(previous.evaluation(),
                json.readResult(previous.evaluation().resultJson()), e, json.readResult(e.resultJson())))).orElse(view);
    }

    /** Every evaluation of a stored declaration, oldest first. */
    List<EvaluationView.Summary> history(DeclarationId id, Actor actor) {
        declaration(id, actor);
        return store.evaluationsOf(id.value()).stream().map(EvaluationView.Summary::of).toList();
    }

    /**
     * A new evaluation of the same inputs under the current rules and the tables now in force for the
     * declaration's year, linked to the old one, with what changed; stored with its audit entry.
     */
    EvaluationView reevaluate(EvaluationId id, Actor actor) {
        Store.EvaluationWithInputs old = stored(id, actor);
        if (old.evaluation().kind() == EvaluationKind.REVIEW) {
            throw new ApiProblem(HttpStatus.CONFLICT, "REVIEW_NOT_REEVALUATED", "evaluation '" + id.value()
                    + "' is a review (复核) of evaluation '" + old.evaluation().reviewOf() + "'; review that evaluation"
                    + " again (POST /api/v1/evaluations/" + old.evaluation().reviewOf() + "/reviews) instead", "id");
        }
        Store.Declaration declaration = declaration(new DeclarationId(old.evaluation().declarationId()), actor);
        EvaluationResult result = meter.evaluate(reader.declaration(json.read(old.declarationJson()), "declaration"),
                reader.assessment(json.read(old.assessmentJson()), "assessment"));
        Store.Evaluation fresh = evaluationRow(declaration, old.evaluation().assessmentId(), old.evaluation().id(),
                result, actor);
        store.write(c -> {
            store.insert(c, fresh);
            audit.record(c, AuditEntry.of(actor, AuditAction.REEVALUATED, fresh.id(), Outcome.SUCCESS,
                    "previous=" + old.evaluation().id()));
            return null;
        });
        return EvaluationView.of(fresh, old.declarationJson(), old.assessmentJson(), json)
                .with(Diff.between(old.evaluation(), json.readResult(old.evaluation().resultJson()), fresh,
                        json.readResult(fresh.resultJson())));
    }

    /** A stored evaluation this actor may see (another unit's is a 404 for a department). */
    Store.EvaluationWithInputs stored(EvaluationId id, Actor actor) {
        Store.EvaluationWithInputs found = store.evaluation(id.value())
                .orElseThrow(() -> new NotFound("evaluation", id.value(), "id"));
        actor.requireVisible(found.evaluation().unit(), "evaluation", id.value());
        return found;
    }

    record Stored(Store.Assessment assessment, Store.Evaluation evaluation) {
    }

    private Stored score(Store.Declaration declaration, JsonNode assessmentBody, Inputs.Assessment assessment,
                         Actor actor) {
        return score(declaration, reader.declaration(json.read(declaration.bodyJson()), "declaration"), assessmentBody,
                assessment, actor);
    }

    private Stored score(Store.Declaration declaration, Inputs.Declaration d, JsonNode assessmentBody,
                         Inputs.Assessment assessment, Actor actor) {
        EvaluationResult result = meter.evaluate(d, assessment);
        Store.Assessment a = new Store.Assessment(NewIds.next(), declaration.id(),
                name(result.period()), result.month(), json.write(assessmentBody), now(), actor.username());
        return new Stored(a, evaluationRow(declaration, a.id(), null, result, actor));
    }

    /**
     * A declaration checked and ready to store: its row, what it says, and (once {@link #reviewed}) its target
     * review's findings as JSON.
     */
    record Drafted(Store.Declaration row, Inputs.Declaration inputs, String findingsJson) {
    }

    private void insert(Connection c, Drafted drafted) {
        store.insert(c, drafted.row());
        store.insert(c, findings(drafted));
    }

    private Store.Findings findings(Drafted drafted) {
        return new Store.Findings(drafted.row().id(), drafted.findingsJson(),
                reviews.rulesetVersion(drafted.row().year()), Instant.now());
    }

    private Drafted draft(JsonNode body, String path, Actor actor) {
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
        String table = evaluators.forYear(d.year()).tableIdFor(d);
        return new Drafted(new Store.Declaration(NewIds.next(), d.subjectType(), d.unit().strip(),
                d.name().strip(), d.year(), table, d.indicators().size(), json.write(body), now(), actor.username()),
                d, null);
    }

    /** The declarations with the findings of their target review (against their subjects' year before). */
    private List<Drafted> reviewed(List<Drafted> drafted) {
        List<String> findings = reviews.findingsJson(drafted.stream().map(Drafted::inputs).toList());
        List<Drafted> out = new ArrayList<>(drafted.size());
        for (int i = 0; i < drafted.size(); i++) {
            out.add(new Drafted(drafted.get(i).row(), drafted.get(i).inputs(), findings.get(i)));
        }
        return out;
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
                                           EvaluationResult result, Actor actor) {
        return evaluationRow(declaration, assessmentId, previousId, result, actor, EvaluationKind.SELF, null);
    }

    /** The row of an evaluation of a kind ({@code reviewOf}: the evaluation a review reviews, else null). */
    Store.Evaluation evaluationRow(Store.Declaration declaration, String assessmentId, String previousId,
                                   EvaluationResult result, Actor actor, EvaluationKind kind, String reviewOf) {
        Ruleset ruleset = evaluators.forYear(declaration.year()).ruleset();  // the one the meter scored with
        List<Store.Deviation> deviations = result.deviations().stream()
                .map(d -> new Store.Deviation(name(d.type()), name(d.severity()), d.indicatorId(), d.level3(),
                        d.message())).toList();
        int errors = (int) deviations.stream().filter(d -> "ERROR".equals(d.severity())).count();
        return new Store.Evaluation(NewIds.next(), declaration.id(), assessmentId, previousId,
                declaration.year(), declaration.subjectType(), declaration.unit(), declaration.name(),
                name(result.period()), result.month(), result.totalScore(), result.grade(), name(result.light()),
                deviations.size(), errors, ruleset.version(), ruleset.rulesVersion(), ruleset.tablesVersion(),
                json.writeResult(result), now(), deviations, actor.username(), kind, reviewOf);
    }

    /** A kind of the result by its name, as the store and the API write it. */
    static String name(Object kind) {
        return Objects.toString(kind, null);
    }

    /** Millisecond precision, so a stored time reads back exactly as it was returned. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
