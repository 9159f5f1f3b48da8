package jixiao.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.List;
import jixiao.accounts.Actor;
import jixiao.accounts.AuditAction;
import jixiao.accounts.AuditEntry;
import jixiao.accounts.AuditTrail;
import jixiao.accounts.Outcome;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Inputs;
import jixiao.scoring.Period;
import jixiao.scoring.ReviewInputs;
import jixiao.web.ApiProblem;
import jixiao.web.RequestReader;

/**
 * Reviews (复核) of year-end self-assessments: the self-assessment's stored inputs with verified actuals in
 * place of the self-reported ones, scored by the same rules, compared with the self-assessment, and stored as
 * an evaluation of kind REVIEW linked to it — its reviewed assessment, the evaluation, the request and the
 * comparison, and the audit entry, in one transaction.
 */
@Singleton
final class ReviewService {
    private final EvaluationService evaluations;
    private final ReviewScoring scoring;
    private final Store store;
    private final SpotCheckStore reviews;
    private final StoredJson json;
    private final RequestReader reader;
    private final AuditTrail audit;

    ReviewService(EvaluationService evaluations, ReviewScoring scoring, Store store, SpotCheckStore reviews,
                  StoredJson json, AuditTrail audit) {
        this.evaluations = evaluations;
        this.scoring = scoring;
        this.store = store;
        this.reviews = reviews;
        this.json = json;
        this.reader = new RequestReader(json.mapper());
        this.audit = audit;
    }

    EvaluationView review(EvaluationId id, JsonNode body, Actor actor) {
        Store.EvaluationWithInputs self = evaluations.stored(id, actor);
        Store.Evaluation reviewed = self.evaluation();
        if (reviewed.kind() != EvaluationKind.SELF) {
            throw new ApiProblem(HttpStatus.CONFLICT, "NOT_A_SELF_ASSESSMENT", "evaluation '" + id.value()
                    + "' is itself a review; review the self-assessment '" + reviewed.reviewOf() + "'", "id");
        }
        if (!Period.FULL_YEAR.name().equals(reviewed.period())) {
            throw new ApiProblem(HttpStatus.CONFLICT, "NOT_YEAR_END", "evaluation '" + id.value() + "' is a "
                    + reviewed.period() + " assessment; spot checks review year-end (FULL_YEAR) self-assessments", "id");
        }
        Store.Declaration declaration = evaluations.declaration(new DeclarationId(reviewed.declarationId()), actor);
        Inputs.Declaration d = reader.declaration(json.read(self.declarationJson()), "declaration");
        JsonNode selfAssessment = json.read(self.assessmentJson());
        ReviewRequest.Checked request = ReviewRequest.read(body, d, reader, json.mapper());
        ObjectNode reviewedAssessment = ReviewRequest.reviewed(selfAssessment, d,
                ReviewInputs.matchedActuals(d, reader.assessment(selfAssessment, "assessment")), request);
        EvaluationResult result = scoring.score(d, reader.assessment(reviewedAssessment, "assessment"), reviewed);

        Store.Assessment assessment = new Store.Assessment(NewIds.next(), declaration.id(),
                EvaluationService.name(result.period()), result.month(), json.write(reviewedAssessment),
                EvaluationService.now(), actor.username());
        Store.Evaluation row = evaluations.evaluationRow(declaration, assessment.id(), null, result, actor,
                EvaluationKind.REVIEW, reviewed.id());
        Comparison comparison = Comparison.of(reviewed, json.readResult(reviewed.resultJson()), json.readResult(row.resultJson()),
                request.verified(), request.note(), scoring.inflatedPoints(d.year()));
        store.write(c -> {
            store.insert(c, assessment);
            store.insert(c, row);
            reviews.insertReview(c, row.id(), reviewed.id(), json.write(body), json.write(comparison));
            audit.record(c, AuditEntry.of(actor, AuditAction.REVIEW_CREATED, row.id(), Outcome.SUCCESS,
                    "reviewOf=" + reviewed.id() + ", verified=" + request.rows().size() + ", selfTotal="
                    + reviewed.totalScore() + ", reviewedTotal=" + row.totalScore() + ", inflated="
                    + comparison.inflated()));
            return null;
        });
        return EvaluationView.of(row, self.declarationJson(), assessment.bodyJson(), json).with(comparison);
    }

    /** The reviews of an evaluation, oldest first, each with its comparison (a department: its own unit's only). */
    List<EvaluationView> reviewsOf(EvaluationId id, Actor actor) {
        evaluations.stored(id, actor);
        return reviews.reviewsOf(id.value()).stream().map(r -> {
            Store.EvaluationWithInputs found = store.evaluation(r.evaluation().id()).orElseThrow();
            return EvaluationView.of(found.evaluation(), found.declarationJson(), found.assessmentJson(), json)
                    .with(json.read(r.comparisonJson(), Comparison.class));
        }).toList();
    }
}
