package jixiao.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jixiao.scoring.EvaluationResult;
import org.junit.jupiter.api.Test;

class ExportRoundTripTest {
    @Test
    void anExportedSelfAssessmentImportsBackToTheSameDeclarationAndAssessment() {
        ImportedForm form = Forms.only("property-management-self-assessment.xlsx");
        EvaluationResult result = Forms.Scoring.EVALUATOR.evaluate(form.declaration(), form.assessment());
        byte[] xlsx = new SelfAssessmentExport(Forms.WORDS).write(form.declaration(), form.assessment(), result);
        ImportedForm back = Forms.IMPORTER.read(xlsx, "exported.xlsx", null).forms().get(0);
        assertEquals(form.declaration(), back.declaration());
        assertEquals(form.assessment(), back.assessment());
        assertTrue(back.warnings().isEmpty(), back.warnings().toString());
    }
}
