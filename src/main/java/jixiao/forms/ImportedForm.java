package jixiao.forms;

import java.util.List;
import jixiao.scoring.Inputs;

/**
 * One form found in a file: what it is, where it was found ({@code 自评表!A1:I26}, {@code 表2 第1行至第30行}),
 * the declaration and, for a self-assessment, the assessment exactly as the scoring endpoints take them,
 * and the warnings naming the cells of anything guessed or skipped.
 */
public record ImportedForm(FormKind kind, String source, Inputs.Declaration declaration, Inputs.Assessment assessment,
                           List<FormWarning> warnings) {
    public ImportedForm {
        warnings = List.copyOf(warnings);
    }

    /** The form with a scoring table chosen for it where it names none ({@code ?scoringTable=}). */
    public ImportedForm withScoringTable(String table) {
        Inputs.Declaration d = declaration;
        if (table == null || d.scoringTable() != null) {
            return this;
        }
        return new ImportedForm(kind, source, new Inputs.Declaration(d.subjectType(), d.unit(), d.name(), d.year(),
                table, d.budget(), d.budgetUnit(), d.spendingPlan(), d.indicators()), assessment, warnings);
    }
}
