package jixiao.forms;

import java.util.List;

/**
 * The pieces of one form: its indicator tables, and the lines around them that are no indicator rows (its
 * header block above the first table, notes between tables). {@code beforeFirst} lines of the context come
 * before the first table: the nearest title among them says what the form is.
 */
record FormPart(List<Line> context, int beforeFirst, List<Section> sections) {
    List<Line> headerBlock() {
        return context.subList(0, beforeFirst);
    }
}
