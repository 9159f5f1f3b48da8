package jixiao.tables;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A CSV table of {@code scoring-tables/}: a header, then rows; blank lines and {@code #} comments skipped. */
final class CsvTable {
    private CsvTable() {
    }

    /** One data row, with its file and line for errors. */
    record Row(String file, int line, Map<String, String> values) {
        String value(String column) {
            String v = values.get(column);
            if (v == null || v.isBlank()) {
                throw error("column '" + column + "' is empty");
            }
            return v.strip();
        }

        /** A column a later layer checks, with its place; null when empty (or absent). */
        Cell cell(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : new Cell(v.strip(), file, line, "column '" + column + "'");
        }

        int positiveInt(String column) {
            try {
                int v = Integer.parseInt(value(column));
                if (v > 0) {
                    return v;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw error("column '" + column + "' must be a whole number from 1 up, was '" + values.get(column) + "'");
        }

        /** An optional yes/no column: {@code true} or empty (or absent). */
        boolean flag(String column) {
            String v = values.get(column);
            if (v == null || v.isBlank()) {
                return false;
            }
            if (v.strip().equals("true")) {
                return true;
            }
            throw error("column '" + column + "' must be 'true' or empty, was '" + v.strip() + "'");
        }

        TableException error(String problem) {
            return new TableException(file, line, problem);
        }
    }

    static List<Row> read(Path path, String name, List<String> header) {
        return read(path, name, header, header.size());
    }

    /** A CSV table whose header is {@code fullHeader}, or its first {@code required} columns (the rest optional). */
    static List<Row> read(Path path, String name, List<String> fullHeader, int required) {
        List<String> header = fullHeader;
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TableException(name, 0, "cannot be read: " + e.getMessage());
        }
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "");
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (!headerSeen) {
                List<String> found = List.of(cells).stream().map(String::strip).toList();
                if (found.equals(fullHeader.subList(0, required))) {
                    header = found;
                } else if (!found.equals(fullHeader)) {
                    throw new TableException(name, i + 1, "the header must be " + String.join(",", fullHeader)
                            + (required < fullHeader.size() ? " (or " + String.join(",", fullHeader.subList(0, required)) + ")" : ""));
                }
                headerSeen = true;
                continue;
            }
            if (cells.length != header.size()) {
                throw new TableException(name, i + 1,
                        "expected " + header.size() + " columns (" + String.join(",", header) + "), found " + cells.length);
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < cells.length; c++) {
                values.put(header.get(c), cells[c]);
            }
            rows.add(new Row(name, i + 1, values));
        }
        return rows;
    }
}
