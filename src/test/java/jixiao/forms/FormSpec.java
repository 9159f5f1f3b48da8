package jixiao.forms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A form as written in {@code examples/forms/specs/*.txt}, from which the fixtures of every format are made.
 * One line each: {@code @sheet NAME} starts a sheet (a workbook's sheet; in Word, more paragraphs and
 * tables), {@code @title} and {@code @para} are a title or a paragraph (Word: paragraphs before the table;
 * Excel: a row merged across), {@code @table} starts a table, {@code #} is a comment, and any other line is
 * a table row of tab-separated cells. In a cell, {@code <} is merged with the cell to its left and
 * {@code ^} with the one above; {@code \n} is a line break; {@code {n}12000} a number and {@code {p}0.997}
 * a percentage (number cells in Excel, text in Word); {@code {bm}} a Word bookmark before the text.
 */
record FormSpec(String name, List<Sheet> sheets) {
    sealed interface Block {
    }

    record Title(String text) implements Block {
    }

    record Para(String text) implements Block {
    }

    record Table(List<List<String>> rows) implements Block {
        int width() {
            return rows.stream().mapToInt(List::size).max().orElse(0);
        }

        String token(int r, int c) {
            List<String> row = rows.get(r);
            return c < row.size() ? row.get(c) : "";
        }

        boolean covered(int r, int c) {
            String t = token(r, c);
            return t.equals("<") || t.equals("^");
        }

        /** The merged region a cell starts: {rows, columns}; {1, 1} for a plain cell. */
        int[] region(int r, int c) {
            int w = 1;
            while (c + w < width() && token(r, c + w).equals("<")) {
                w++;
            }
            int h = 1;
            while (r + h < rows.size() && token(r + h, c).equals("^")) {
                h++;
            }
            return new int[] {h, w};
        }
    }

    record Sheet(String name, List<Block> blocks) {
        int width() {
            return blocks.stream().filter(b -> b instanceof Table).mapToInt(b -> ((Table) b).width()).max().orElse(1);
        }
    }

    static FormSpec load(Path file) throws IOException {
        return parse(file.getFileName().toString().replaceFirst("\\.txt$", ""),
                Files.readString(file, StandardCharsets.UTF_8));
    }

    /** A spec written in a test; cells may be separated by {@code " | "} instead of tabs. */
    static FormSpec parse(String name, String text) {
        List<Sheet> sheets = new ArrayList<>();
        List<Block> blocks = null;
        List<List<String>> table = null;
        for (String line : text.lines().map(l -> l.contains("\t") ? l : l.replace(" | ", "\t")).toList()) {
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            if (line.startsWith("@sheet ")) {
                blocks = new ArrayList<>();
                sheets.add(new Sheet(line.substring(7).trim(), blocks));
                table = null;
            } else if (line.startsWith("@title ")) {
                blocks.add(new Title(line.substring(7).trim()));
                table = null;
            } else if (line.startsWith("@para ")) {
                blocks.add(new Para(line.substring(6).trim()));
                table = null;
            } else if (line.equals("@table")) {
                table = null;
            } else {
                if (table == null) {
                    table = new ArrayList<>();
                    blocks.add(new Table(table));
                }
                List<String> cells = new ArrayList<>();
                for (String cell : line.split("\t", -1)) {
                    cells.add(unescape(cell));
                }
                table.add(cells);
            }
        }
        return new FormSpec(name, sheets);
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A cell's text as a person sees it: {@code {n}12000} is 12000, {@code {p}0.997} is 99.7%. */
    static String shown(String token) {
        if (token.startsWith("{n}")) {
            return token.substring(3);
        }
        if (token.startsWith("{p}")) {
            return new java.math.BigDecimal(token.substring(3)).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
        if (token.startsWith("{bm}")) {
            return token.substring(4);
        }
        return token;
    }
}
