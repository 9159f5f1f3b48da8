package jixiao.forms;

import java.util.List;
import jixiao.scoring.Inputs;
import jixiao.scoring.Period;

/** What a form's header block says: the fields of the declaration and assessment other than the indicators. */
record FormHeader(FormKind kind, String subjectType, String unit, String name, Integer year, String scoringTable,
                  String budget, String budgetUnit, String budgetAdjusted, String budgetExecuted,
                  String spendingReason, List<Inputs.Checkpoint> spendingPlan, Period period, Integer month) {
}
