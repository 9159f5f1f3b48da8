package jixiao.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jixiao.forms.ImportedForm;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Evaluators;
import jixiao.scoring.InputProblem;
import jixiao.scoring.Inputs;
import jixiao.web.Limits;
import jixiao.web.RequestProblem;
import jixiao.web.RequestReader;

/**
 * An imported form scored exactly as the preview scores the JSON the import answers: the form written as
 * that JSON and read back by the preview's own request reader (with its limits and field paths), then
 * evaluated with the tables in force for the form's year (the latest when it states none). Used by
 * {@code ?evaluate=true} and by the offline {@code score} command.
 */
public final class FormScoring {
    private final Evaluators evaluators;
    private final Scorer scorer;
    private final RequestReader reader;

    /** How a form's inputs are scored: the evaluators themselves, or the service's metered evaluation. */
    @FunctionalInterface
    public interface Scorer {
        EvaluationResult evaluate(Inputs.Declaration declaration, Inputs.Assessment assessment);
    }

    /** {@code requests}: the mapper clients' documents are read with ({@code Json#requests()}). */
    public FormScoring(Evaluators evaluators, ObjectMapper requests) {
        this(evaluators, evaluators::evaluate, requests);
    }

    public FormScoring(Evaluators evaluators, Scorer scorer, ObjectMapper requests) {
        this.evaluators = evaluators;
        this.scorer = scorer;
        this.reader = new RequestReader(requests);
    }

    public Evaluators evaluators() {
        return evaluators;
    }

    /**
     * A 400 naming {@code parameter} unless {@code id} is a scoring table of some year's ruleset: a table named on
     * the query is checked before the file is read, not copied into every form it imports.
     */
    void requireKnownTable(String id, String parameter) {
        if (evaluators.editions().stream().noneMatch(e -> e.evaluator().ruleset().tables().template(id).isPresent())) {
            throw new RequestProblem("UNKNOWN_SCORING_TABLE", parameter + ": unknown scoring table '" + id + "'; known: "
                    + String.join(", ", evaluators.latest().ruleset().tables().templates().keySet()), parameter);
        }
    }

    /** The form's declaration as JSON, refused when it holds more rows than one declaration may score. */
    static ObjectNode declaration(ImportedForm form, String path) {
        int rows = form.declaration().indicators().size();
        if (rows > Limits.MAX_INDICATORS) {
            throw new RequestProblem("TOO_MANY_INDICATORS", path + ".declaration.indicators has " + rows
                    + " rows; at most " + Limits.MAX_INDICATORS + " are scored in one declaration",
                    path + ".declaration.indicators");
        }
        return InputsJson.declaration(form.declaration());
    }

    /** The form at {@code path} ({@code forms[0]}) scored; a problem names the form's field. */
    public EvaluationResult score(ImportedForm form, String path) {
        return score(declaration(form, path), InputsJson.assessment(form.assessment()), path);
    }

    EvaluationResult score(JsonNode declaration, JsonNode assessment, String path) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("declaration", declaration);
        if (assessment != null) {
            body.set("assessment", assessment);
        }
        RequestReader.Preview inputs = reader.preview(body, path);
        try {
            return scorer.evaluate(inputs.declaration(), inputs.assessment());
        } catch (InputProblem p) {  // the evaluator names the field of a body of its own: name the form's
            throw new RequestProblem(p.code(), path + "." + p.getMessage(), path + "." + p.path());
        }
    }
}
