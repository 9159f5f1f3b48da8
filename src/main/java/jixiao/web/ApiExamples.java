package jixiao.web;

/**
 * Example bodies of the API document (compile-time constants, as annotations need them); the document's
 * test sends each to its route and expects it accepted.
 */
public final class ApiExamples {
    private ApiExamples() {
    }

    private static final String DECLARATION = """
            {"subjectType": "PROJECT", "unit": "株洲市渌口区机关事务服务中心", "name": "物业管理费", "year": 2026,
             "scoringTable": "mof-project", "budget": 560, "budgetUnit": "万元",
             "spendingPlan": [{"month": 3, "percent": 25}, {"month": 6, "percent": 50}],
             "indicators": [
               {"id": "c1", "level1": "产出指标", "level2": "质量指标", "level3": "公共区域清洁达标率", "target": "≥99.5%"},
               {"id": "c2", "level1": "效益指标", "level2": "社会效益指标", "level3": "保障机关正常运转",
                "target": {"term": "有效保障"}},
               {"id": "c3", "level1": "满意度指标", "level2": "服务对象满意度指标", "level3": "干部职工满意度",
                "target": {"op": ">=", "value": 90, "unit": "%"}}]}""";

    private static final String ASSESSMENT = """
            {"period": "FULL_YEAR", "budgetExecuted": 540,
             "actuals": [
               {"id": "c1", "actual": "99.7%"},
               {"id": "c2", "actual": "有效保障"},
               {"id": "c3", "actual": "87%", "reason": "个别楼层保洁不及时", "claimedScore": 9}]}""";

    /** {@code POST /api/v1/evaluations/preview}: a project of three indicators at year end. */
    public static final String PREVIEW = "{\"declaration\": " + DECLARATION + ",\n \"assessment\": " + ASSESSMENT + "}";

    /** {@code POST /api/v1/declarations}. */
    public static final String DECLARE = DECLARATION;

    /** {@code POST /api/v1/declarations/{id}/assessments}. */
    public static final String ASSESS = ASSESSMENT;

    /** {@code POST /api/v1/batches}: a JSON array of preview-shaped items (or NDJSON, one per line). */
    public static final String BATCH = "[" + PREVIEW + "]";
}
