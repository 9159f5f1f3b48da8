package jixiao.scoring;

import static jixiao.scoring.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rules/10-classify.drl and rules/20-quantitative.drl under a table that switches both configurable modes of
 * §1.5/§2: {@code equalsMode: strict} keeps {@code =} as written, {@code reverseMode: linear} for limits.
 */
class ConfigurableModesTest {
    @TempDir
    static Path tables;
    static Evaluator strictLinear;

    @BeforeAll
    static void tableWithBothModesSwitched() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("scoring-tables"))) {
            for (Path p : files.toList()) {
                Path target = tables.resolve(Path.of("scoring-tables").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Files.writeString(tables.resolve("templates/strict-linear.yml"), """
                id: strict-linear
                title: 严格等于与线性扣分
                reverseMode: linear
                equalsMode: strict
                groups:
                  - {name: 产出, weight: 50}
                  - {name: 效益, weight: 30}
                  - {name: 满意度, weight: 10}
                  - {name: 预算执行率, weight: 10, budget: true}
                """);
        strictLinear = new Evaluator(Ruleset.load(Path.of("rules"), tables));
    }

    private static EvaluationResult.Indicator score(Evaluator evaluator, String table, String level3, String target,
                                                    String actual) {
        EvaluationResult r = evaluator.evaluate(project(table, null, List.of(ind("a", "产出指标", level3, target))),
                fullYear(null, List.of(act("a", actual, "原因", null))));
        return indicator(r, "a");
    }

    @Test
    void strictEqualsLosesPointsWithTheDistanceEitherWay() {
        EvaluationResult.Indicator over = score(strictLinear, "strict-linear", "非税收入预算完成率", "=100%", "110%");
        assertEquals(Status.PARTIAL, over.status());
        assertEquals(dec("45"), over.score());
        assertEquals("quantitative: off the exact target loses points with the distance", over.rule());
        assertEquals(dec("40"), score(strictLinear, "strict-linear", "非税收入预算完成率", "=100%", "80%").score());
        assertEquals(Status.ACHIEVED, score(strictLinear, "strict-linear", "非税收入预算完成率", "=100%", "100%").status());
    }

    @Test
    void strictEqualsOfZeroMissedScoresZero() {
        EvaluationResult.Indicator i = score(strictLinear, "strict-linear", "“三公”经费变动率", "=0%", "-5%");
        assertEquals(Status.UNMET, i.status());
        assertEquals(dec("0"), i.score());
    }

    @Test
    void theSameEqualsIsDirectionalUnderTheShippedTables() {
        assertEquals(Status.ACHIEVED, score(EVALUATOR, "mof-project", "非税收入预算完成率", "=100%", "110%").status());
        assertEquals(Status.ACHIEVED, score(EVALUATOR, "mof-project", "“三公”经费变动率", "=0%", "-5%").status());
    }

    @Test
    void aStrictEqualsOfZeroIsGreenOnlyAtZeroAtMidYear() {
        Inputs.Declaration d = new Inputs.Declaration("PROJECT", "单位", "项目", 2026, "strict-linear", null, "万元",
                List.of(), List.of(ind("a", "产出指标", "“三公”经费变动率", "=0%")));
        EvaluationResult zero = strictLinear.evaluate(d, halfYear(6, null, null, List.of(act("a", "0%"))));
        EvaluationResult over = strictLinear.evaluate(d, halfYear(6, null, null, List.of(act("a", "3%"))));
        assertEquals(Light.GREEN, indicator(zero, "a").light());
        assertEquals(Light.RED, indicator(over, "a").light());
        assertEquals("progress: a limit broken is red", indicator(over, "a").lightRule());
    }

    @Test
    void linearReverseModeLosesTheRelativeExcess() {
        EvaluationResult.Indicator i = score(strictLinear, "strict-linear", "故障响应时间", "≤30分钟", "40分钟");
        assertEquals(dec("33.33"), i.score());
        assertEquals("quantitative: over the limit loses points linearly with the excess", i.rule());
        assertEquals(dec("0"), score(strictLinear, "strict-linear", "故障响应时间", "≤30分钟", "70分钟").score());
        assertEquals(dec("37.5"), score(EVALUATOR, "mof-project", "故障响应时间", "≤30分钟", "40分钟").score());
    }
}
