package jixiao.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.scoring.Inputs;

/** The spending plan of a header block: {@code 资金支出计划（%） | 3月底 | 6月底 …} over the percentages. */
final class SpendingPlan {
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})\\s*月");

    private final LabelLookup labels;

    SpendingPlan(LabelLookup labels) {
        this.labels = labels;
    }

    /** 资金支出计划 | 3月底 | 6月底 …, with the percentages in the row below. */
    List<Inputs.Checkpoint> read(List<Line> lines, Warnings warnings) {
        for (Line line : lines) {
            for (int i = 0; i < line.cells().size(); i++) {
                if (line.grid() != null && labels.startsWith(line.cells().get(i), Label.SPENDING_PLAN)) {
                    return checkpoints(line, i, warnings);
                }
            }
        }
        return List.of();
    }

    private static List<Inputs.Checkpoint> checkpoints(Line line, int from, Warnings warnings) {
        List<Inputs.Checkpoint> plan = new ArrayList<>();
        for (int c = from + 1; c < line.cells().size(); c++) {
            Cell head = line.cells().get(c);
            Matcher m = MONTH.matcher(head.text());
            if (!head.own() || !m.find() || line.row() + 1 >= line.grid().height()) {
                continue;
            }
            Cell value = line.grid().cell(line.row() + 1, c);
            String pct = FormWords.fold(value.text()).replace("%", "");
            if (pct.isEmpty()) {
                continue;
            }
            int month = Integer.parseInt(m.group(1));
            if (!pct.matches("\\d{1,3}(\\.\\d+)?") || month < 1 || month > 12) {
                warnings.add(value.address(), "资金支出计划「" + value.text() + "」不是百分比，已忽略");
                continue;
            }
            plan.add(new Inputs.Checkpoint(month, new BigDecimal(pct)));
        }
        return List.copyOf(plan);
    }
}
