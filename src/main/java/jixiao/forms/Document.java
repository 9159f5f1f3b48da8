package jixiao.forms;

import java.util.List;

/**
 * A file as read: its format, its sheets or tables in order, and warnings from reading it (a cell cut to the
 * cell limit, a nested table left out, an extension that did not match the content).
 */
public record Document(Format format, List<Grid> grids, List<FormWarning> warnings) {
}
