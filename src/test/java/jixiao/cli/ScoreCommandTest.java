package jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import jixiao.forms.FormImporter;
import jixiao.forms.FormLimits;
import jixiao.forms.FormWords;
import jixiao.forms.ImportedForm;
import com.fasterxml.jackson.databind.ObjectMapper;
import jixiao.imports.FormScoring;
import jixiao.indicator.Decimals;
import jixiao.scoring.Evaluators;
import jixiao.tables.YearFolders;
import jixiao.web.Json;
import jixiao.scoring.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score FILE…} in-process, its printing captured: what it prints, writes and exits with. */
class ScoreCommandTest {
    private static final Path FORMS = Path.of("examples", "forms").toAbsolutePath();
    private static final String RULES = Path.of("rules").toAbsolutePath().toString();
    private static final String TABLES = Path.of("scoring-tables").toAbsolutePath().toString();

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
    }

    static Run score(String... args) {
        return scoreWith(TABLES, args);
    }

    static Run scoreWith(String tables, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ScoreCommand.run(Arrays.asList(args), RULES, tables, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSelfAssessmentIsScoredPrintedAndWrittenAsItsScoredWorkbook(@TempDir Path dir) throws Exception {
        Path input = FORMS.resolve("property-management-self-assessment.xlsx");
        Run run = score(input.toString(), "--out", dir.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        FormImporter importer = new FormImporter(FormWords.load(Path.of(TABLES)), FormLimits.DEFAULT);
        ImportedForm form = importer.read(Files.readAllBytes(input), input.getFileName().toString(), null).forms().get(0);
        EvaluationResult expected = new OfflineScoring(RULES, TABLES).scoring().score(form, "forms[0]");
        assertTrue(run.out().contains("总分 " + Decimals.show(expected.totalScore()) + " 分，等级 " + expected.grade()), run.out());
        long lost = expected.indicators().stream().filter(FormReport::lostPoints).count();
        assertTrue(run.out().contains("失分指标 " + (lost + 1) + " 项"), run.out()); // and the budget's execution
        for (EvaluationResult.Indicator i : expected.indicators()) {
            assertEquals(FormReport.lostPoints(i), run.out().contains("    - " + i.level3() + "（"), i.level3());
        }
        assertTrue(run.out().contains("部分达成"), run.out());
        Path written = dir.resolve("property-management-self-assessment.scored.xlsx");
        assertTrue(run.out().contains("已写出 " + written), run.out());
        ImportedForm back = importer.read(Files.readAllBytes(written), written.toString(), null).forms().get(0);
        assertEquals(form.declaration(), back.declaration());
        assertEquals(form.assessment(), back.assessment());
        assertEquals("", run.err());
    }

    @Test
    void aFormIsScoredWithTheTablesInForceForItsYear(@TempDir Path dir) throws Exception {
        Path tables = YearFolders.with2026(dir);
        Path input = FORMS.resolve("property-management-self-assessment.xlsx");  // a form of 2026
        FormImporter importer = new FormImporter(FormWords.load(tables), FormLimits.DEFAULT);
        ImportedForm form = importer.read(Files.readAllBytes(input), input.getFileName().toString(), null).forms().get(0);
        assertEquals(2026, form.declaration().year());
        Evaluators years = Evaluators.load(Path.of(RULES), tables);
        ObjectMapper requests = new Json().requests();
        EvaluationResult of2026 = new FormScoring(Evaluators.of(years.forYear(2026)), requests).score(form, "forms[0]");
        EvaluationResult of2025 = new FormScoring(Evaluators.of(years.forYear(2025)), requests).score(form, "forms[0]");
        assertNotEquals(of2025.totalScore(), of2026.totalScore());

        Run run = scoreWith(tables.toString(), input.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("总分 " + Decimals.show(of2026.totalScore()) + " 分"), run.out());
        assertTrue(run.out().contains(of2026.ruleset().version().substring(0, 19)), run.out());
        assertFalse(run.out().contains(of2025.ruleset().version().substring(0, 19)), run.out());
    }

    @Test
    void filesThatCannotBeReadAreReportedTheOthersDoneAndTheStatusIsOne(@TempDir Path dir) throws Exception {
        Path notAForm = Files.writeString(dir.resolve("notes.txt"), "会议纪要\n没有表格\n");
        Path pdf = Files.write(dir.resolve("scan.pdf"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        Path good = Files.copy(FORMS.resolve("split-columns-self-assessment.doc"), dir.resolve("split.doc"));
        Run run = score(dir.resolve("missing.xlsx").toString(), notAForm.toString(), pdf.toString(), good.toString());
        assertEquals(1, run.status(), run.out());
        assertTrue(run.out().contains("文件不存在"), run.out());
        assertTrue(run.out().contains("文件中没有找到绩效指标表"), run.out());
        assertTrue(run.out().contains("不支持的文件格式"), run.out());
        assertTrue(Files.exists(dir.resolve("split.scored.xlsx")), "the readable file is still scored, beside its input");
        assertTrue(run.out().contains("共 4 个文件，3 个未能完成。"), run.out());
    }

    @Test
    void aDeclarationIsListedButNotScored(@TempDir Path dir) throws Exception {
        Run run = score(FORMS.resolve("yutian-project-targets.docx").toString(), "--out", dir.toString());
        assertEquals(0, run.status(), run.out());
        assertTrue(run.out().contains("绩效目标申报表，没有实际完成值，未评分。"), run.out());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void twoInputsOfOneNameInTwoFormatsGetTwoWorkbooks(@TempDir Path dir) {
        Run run = score(FORMS.resolve("split-columns-self-assessment.xlsx").toString(),
                FORMS.resolve("split-columns-self-assessment.doc").toString(), "--out", dir.resolve("new").toString());
        assertEquals(0, run.status(), run.out());
        assertTrue(Files.exists(dir.resolve("new/split-columns-self-assessment.scored.xlsx")));
        assertTrue(Files.exists(dir.resolve("new/split-columns-self-assessment.doc.scored.xlsx")));
    }

    @Test
    void theTableOptionScoresAFormThatNamesNoTableWithIt(@TempDir Path dir) {
        Run project = score(FORMS.resolve("split-columns-self-assessment.xlsx").toString(), "--table=hebei-project",
                "--out", dir.toString());
        assertEquals(0, project.status(), project.out());
        assertTrue(project.out().contains("评分表 hebei-project"), project.out());
    }

    @Test
    void badArgumentsGiveTheUsageAndStatusTwo() {
        for (List<String> args : List.of(List.<String>of(), List.of("--out"), List.of("--bogus", "a.xlsx"),
                List.of("--table", "--out", "x", "a.xlsx"))) {
            Run run = score(args.toArray(String[]::new));
            assertEquals(2, run.status(), args.toString());
            assertTrue(run.err().contains("用法：java -jar jixiao.jar score"), run.err());
            assertEquals("", run.out());
        }
        Run unknownTable = score("--table", "no-such-table", FORMS.resolve("split-columns-self-assessment.xlsx").toString());
        assertEquals(2, unknownTable.status());
        assertTrue(unknownTable.err().contains("未知评分表 no-such-table，可选：") && unknownTable.err().contains("mof-project"),
                unknownTable.err());
        Run help = score("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().startsWith("用法："), help.out());
        assertFalse(help.out().contains("=="));
    }
}
