package jixiao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jixiao.forms.FormKind;
import jixiao.forms.FormLimits;
import jixiao.forms.FormProblem;
import jixiao.forms.ImportResult;
import jixiao.forms.ImportedForm;
import jixiao.imports.FormScoring;
import jixiao.scoring.EvaluationResult;
import jixiao.scoring.InputProblem;
import jixiao.tables.ScoringTables;

/**
 * {@code java -jar jixiao.jar score FILE… [--table ID] [--out DIR]}: scores every self-assessment form in each
 * file as the import with {@code ?evaluate=true} does, prints one block per form ({@link FormReport}) and
 * writes the scored 自评表 beside the file (or into {@code --out}) as {@code NAME.scored.xlsx}
 * ({@code NAME.scored-2.xlsx} for the second form of a file holding several). A file that cannot be read or
 * scored is reported and the others are still done; the exit status is then 1 (2 for unusable arguments).
 * Printing goes to the streams it is given.
 */
public final class ScoreCommand {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Set<Path> written = new HashSet<>();

    ScoreCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command on its arguments (those after {@code score}) with the rules and tables named. */
    public static int run(List<String> args, String rulesDir, String tablesDir, PrintStream out, PrintStream err) {
        return new ScoreCommand(out, err).run(args, rulesDir, tablesDir);
    }

    /** A file read, or why it could not be (in Chinese). */
    private record Read(Path file, ImportResult result, String problem) {
    }

    int run(List<String> args, String rulesDir, String tablesDir) {
        ScoreArguments a;
        try {
            a = ScoreArguments.parse(args);
        } catch (ScoreArguments.Invalid e) {
            err.println(e.getMessage());
            err.print(ScoreArguments.USAGE);
            return USAGE;
        }
        if (a.help()) {
            out.print(ScoreArguments.USAGE);
            return OK;
        }
        OfflineScoring offline = new OfflineScoring(rulesDir, tablesDir);
        Read first = read(offline, a.files().get(0));  // while the rules load
        FormScoring scoring;
        try {
            scoring = offline.scoring();
        } catch (RuntimeException e) {
            err.println("规则或评分表无法加载：" + e.getMessage());
            return FAILED;
        }
        // a year folder may add a scoring table, never remove one: the latest tables know every name
        ScoringTables tables = scoring.evaluators().latest().ruleset().tables();
        if (a.table() != null && tables.template(a.table()).isEmpty()) {
            err.println("未知评分表 " + a.table() + "，可选：" + String.join("、", tables.templates().keySet()));
            return USAGE;
        }
        if (a.out() != null && !outDirectory(a.out())) {
            return USAGE;
        }
        int failed = 0;
        for (int i = 0; i < a.files().size(); i++) {
            Read read = i == 0 ? first : read(offline, a.files().get(i));
            failed += file(offline, scoring, read, a) ? 0 : 1;
        }
        if (a.files().size() > 1) {
            out.println(failed == 0 ? "共 " + a.files().size() + " 个文件，全部完成。"
                    : "共 " + a.files().size() + " 个文件，" + failed + " 个未能完成。");
        }
        return failed == 0 ? OK : FAILED;
    }

    private boolean outDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            return true;
        } catch (IOException e) {
            err.println("无法创建输出目录 " + dir + "：" + e.getMessage());
            return false;
        }
    }

    private static Read read(OfflineScoring offline, Path file) {
        try {
            return new Read(file, offline.importer().read(bytes(file), file.getFileName().toString(), null), null);
        } catch (FormProblem e) {
            return new Read(file, null, problem(e.code()) + "（" + e.getMessage() + "）");
        } catch (IOException e) {
            return new Read(file, null, (Files.exists(file) ? "文件无法打开" : "文件不存在") + "（" + e + "）");
        }
    }

    /** One file: every form in it; false when the file or one of its forms could not be done. */
    private boolean file(OfflineScoring offline, FormScoring scoring, Read read, ScoreArguments a) {
        out.println("== " + read.file());
        if (read.problem() != null) {
            out.println("  无法读取：" + read.problem());
            return false;
        }
        FormReport report = new FormReport(out, offline.words().export().statuses());
        boolean ok = true;
        List<ImportedForm> forms = read.result().forms();
        for (int i = 0; i < forms.size(); i++) {
            ImportedForm form = forms.get(i).withScoringTable(a.table());
            report.title(i + 1, form);
            if (form.kind() == FormKind.DECLARATION) {
                report.unscoredDeclaration();
            } else {
                Path target = target(read.file(), a.out(), forms.size() > 1 ? i + 1 : 0);
                ok &= scoreForm(offline, scoring, report, form, i, target);
            }
            report.warnings(form.warnings());
        }
        return ok;
    }

    private boolean scoreForm(OfflineScoring offline, FormScoring scoring, FormReport report, ImportedForm form,
                              int index, Path target) {
        EvaluationResult result;
        try {
            result = scoring.score(form, "forms[" + index + "]");
        } catch (InputProblem e) {
            out.println("  无法评分：" + e.getMessage());
            return false;
        }
        report.scored(result);
        try {
            Files.write(target, offline.export().write(form.declaration(), form.assessment(), result));
            out.println("  已写出 " + target);
            return true;
        } catch (IOException e) {
            out.println("  无法写出 " + target + "：" + e);
            return false;
        }
    }

    private static byte[] bytes(Path file) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > FormLimits.DEFAULT.maxBytes()) {
            throw new FormProblem(FormProblem.Code.PAYLOAD_TOO_LARGE, "the file has " + Files.size(file)
                    + " bytes; at most " + FormLimits.DEFAULT.maxBytes() + " are read");
        }
        return Files.readAllBytes(file);
    }

    /**
     * {@code NAME.scored.xlsx} (form {@code n} of several: {@code NAME.scored-n.xlsx}) beside the file or in
     * {@code outDir}; when another input of this run took that name ({@code a.xlsx} and {@code a.doc}), NAME
     * keeps its extension ({@code a.doc.scored.xlsx}).
     */
    private Path target(Path file, Path outDir, int n) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String suffix = ".scored" + (n > 0 ? "-" + n : "") + ".xlsx";
        Path dir = outDir != null ? outDir : file.getParent() != null ? file.getParent() : Path.of("");
        Path target = dir.resolve(base + suffix);
        if (!written.add(target.toAbsolutePath().normalize())) {
            target = dir.resolve(name + suffix);
            written.add(target.toAbsolutePath().normalize());
        }
        return target;
    }

    private static String problem(FormProblem.Code code) {
        return switch (code) {
            case PAYLOAD_TOO_LARGE -> "文件超过 " + (FormLimits.DEFAULT.maxBytes() >> 20) + " MiB 的大小限制";
            case UNSUPPORTED_FORMAT -> "不支持的文件格式（可读 .xlsx .xls .docx .doc .csv .tsv）";
            case UNREADABLE_FILE -> "文件已损坏、加密或与扩展名不符";
            case FORM_TOO_LARGE -> "表格超出读取限制";
            case NO_FORM_FOUND -> "文件中没有找到绩效指标表";
        };
    }
}
