package jixiao.forms;

import java.util.Map;

/** The words of the exported 绩效自评表 ({@code export} in {@code scoring-tables/forms.yml}). */
public record ExportWords(String title, String departmentTitle, String status, String score, String rule,
                          String explanation, String total, String grade, String deviations,
                          Map<String, String> statuses, Map<String, String> severities) {
}
