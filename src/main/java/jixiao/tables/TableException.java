package jixiao.tables;

/** A scoring-table file that cannot be used: names the file, the line and what is wrong. */
public final class TableException extends RuntimeException {
    public TableException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
