package jixiao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of {@code score}: the files, {@code --table ID} (the scoring table where a form names none)
 * and {@code --out DIR} (where the scored workbooks go; beside each input when absent). Either option may be
 * written {@code --table=ID}; {@code --} ends the options.
 */
record ScoreArguments(List<Path> files, String table, Path out, boolean help) {

    static final String USAGE = """
            用法：java -jar jixiao.jar score 文件… [--table 评分表] [--out 目录]
              为每个文件（.xlsx .xls .docx .doc .csv .tsv）中的每张绩效自评表评分：打印总分、等级和失分指标，
              并在原文件旁（或 --out 目录中）写出评分后的自评表（文件名.scored.xlsx）。不启动服务，不使用数据库。
              --table 评分表   表中未注明评分表时使用的评分表（如 mof-project）
              --out 目录       写出评分后自评表的目录（不存在则创建）
              --help           显示本说明
            退出码：0 全部完成；1 有文件无法读取、评分或写出；2 参数有误。
            """;

    /** Thrown for arguments that cannot be used; the message says why, in Chinese. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    static ScoreArguments parse(List<String> args) {
        List<Path> files = new ArrayList<>();
        String table = null;
        Path out = null;
        boolean options = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (options && a.equals("--")) {
                options = false;
            } else if (options && (a.equals("--help") || a.equals("-h"))) {
                return new ScoreArguments(List.of(), null, null, true);
            } else if (options && (a.equals("--table") || a.startsWith("--table="))) {
                table = value(args, i, "--table");
                i += a.contains("=") ? 0 : 1;
            } else if (options && (a.equals("--out") || a.startsWith("--out="))) {
                out = Path.of(value(args, i, "--out"));
                i += a.contains("=") ? 0 : 1;
            } else if (options && a.startsWith("-") && a.length() > 1) {
                throw new Invalid("未知选项 " + a);
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            throw new Invalid("没有给出要评分的文件");
        }
        return new ScoreArguments(List.copyOf(files), table, out, false);
    }

    private static String value(List<String> args, int i, String option) {
        String a = args.get(i);
        String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.size() ? args.get(i + 1) : null;
        if (v == null || v.isBlank() || (!a.contains("=") && v.startsWith("--"))) {
            throw new Invalid(option + " 需要一个值");
        }
        return v.strip();
    }
}
