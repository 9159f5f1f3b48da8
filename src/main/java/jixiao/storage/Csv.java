package jixiao.storage;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluations as CSV that opens cleanly in Excel: UTF-8 with a byte-order mark, CRLF rows, RFC 4180
 * quoting, and text that Excel would read as a formula prefixed with an apostrophe.
 */
final class Csv {
    static final String BOM = "\uFEFF";
    /** The issue's columns first (unit, name, score, grade, deviations), then what auditors need beside them. */
    private static final List<String> HEADER = List.of("单位", "名称", "得分", "等级", "偏差数", "错误数", "类型", "年度",
            "期间", "月份", "预警灯", "是否当前结果", "评价时间", "规则版本", "评价ID", "申报ID", "上次评价ID", "评价种类",
            "复核对象ID");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private Csv() {
    }

    /**
     * One row per evaluation; "current" marks the latest self-assessment of each declaration and period (a
     * bureau's review, 复核, never is: its kind says so, and which evaluation it reviews).
     */
    static String of(List<Store.Evaluation> evaluations) {
        Map<String, String> latest = new HashMap<>();
        evaluations.stream().filter(e -> e.kind() == EvaluationKind.SELF)
                .forEach(e -> latest.put(e.declarationId() + "/" + e.period(), e.id()));
        StringBuilder out = new StringBuilder(BOM);
        row(out, HEADER);
        for (Store.Evaluation e : evaluations) {
            row(out, List.of(e.unit(), e.name(), number(e.totalScore()), nz(e.grade()),
                    Integer.toString(e.deviationCount()), Integer.toString(e.errorCount()), nz(e.subjectType()),
                    Integer.toString(e.year()), e.period(), Integer.toString(e.month()), nz(e.light()),
                    e.id().equals(latest.get(e.declarationId() + "/" + e.period())) ? "是" : "否",
                    TIME.format(e.createdAt()), e.rulesetVersion(), e.id(), e.declarationId(), nz(e.previousId()),
                    e.kind() == EvaluationKind.REVIEW ? "复核" : "自评", nz(e.reviewOf())));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static boolean isNumber(String v) {
        try {
            new BigDecimal(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String number(BigDecimal x) {
        return x == null ? "" : x.stripTrailingZeros().toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
