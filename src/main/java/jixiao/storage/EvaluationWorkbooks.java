package jixiao.storage;

import jixiao.accounts.Actor;
import jakarta.inject.Singleton;
import jixiao.forms.SelfAssessmentExport;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.Inputs;
import jixiao.web.NotFound;
import jixiao.web.RequestReader;

/**
 * A stored evaluation as the 绩效自评表 people file: the exact declaration and assessment it was computed
 * from (ids kept, so the workbook imports back to them) and its result as it was computed then, under its
 * own ruleset version — not scored again.
 */
@Singleton
final class EvaluationWorkbooks {
    private final Store store;
    private final StoredJson json;
    private final RequestReader reader;
    private final SelfAssessmentExport export;

    EvaluationWorkbooks(Store store, StoredJson json, SelfAssessmentExport export) {
        this.store = store;
        this.json = json;
        this.reader = new RequestReader(json.mapper());
        this.export = export;
    }

    /** The workbook and the name to offer it under ({@code 物业管理费-2022年度绩效自评表.xlsx}). */
    record Workbook(byte[] bytes, String fileName) {
    }

    /** The workbook of an evaluation the actor may see (another unit's, for a department, is not found). */
    Workbook of(EvaluationId id, Actor actor) {
        Store.EvaluationWithInputs found = store.evaluation(id.value())
                .orElseThrow(() -> new NotFound("evaluation", id.value(), "id"));
        actor.requireVisible(found.evaluation().unit(), "evaluation", id.value());
        Inputs.Declaration declaration = reader.declaration(json.read(found.declarationJson()), "declaration");
        Inputs.Assessment assessment = reader.assessment(json.read(found.assessmentJson()), "assessment");
        EvaluationResult result = json.read(found.evaluation().resultJson(), EvaluationResult.class);
        Store.Evaluation e = found.evaluation();
        return new Workbook(export.write(declaration, assessment, result),
                e.name() + "-" + e.year() + "年度" + ("HALF_YEAR".equals(e.period()) ? "半年" : "") + "绩效自评表.xlsx");
    }
}
