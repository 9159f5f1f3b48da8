package jixiao.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document into forms. A workbook's sheets are forms of their own; in a Word file the lines between
 * tables carry on, and a table belongs to the form before it unless a title or a 项目名称 / 单位名称 stands
 * between them (a department's form and then each project's). A table's rows end at the first row that
 * spans its columns with one text (a note, the next form's title) or names a header label: what follows
 * is context for the next table.
 */
final class FormLayout {
    private final FormWords words;
    private final SectionFinder finder;
    private final LabelLookup labels;

    FormLayout(FormWords words) {
        this.words = words;
        this.finder = new SectionFinder(words);
        this.labels = new LabelLookup(words);
    }

    List<FormPart> split(Document doc) {
        boolean sheetsAreForms = doc.format() != Format.DOCX && doc.format() != Format.DOC;
        List<FormPart> forms = new ArrayList<>();
        List<Line> pending = new ArrayList<>();
        List<Line> context = null;
        List<Section> sections = null;
        int beforeFirst = 0;
        for (Grid grid : doc.grids()) {
            grid.preamble().forEach(p -> pending.add(Line.of(p)));
            int row = 0;
            for (Section found : finder.find(grid)) {
                addRows(pending, grid, row, found.headerRow());
                Section s = found.endingAt(end(found));
                if (sections == null || startsForm(pending)) {
                    if (sections != null) {
                        forms.add(new FormPart(context, beforeFirst, sections));
                    }
                    context = new ArrayList<>(pending);
                    beforeFirst = context.size();
                    sections = new ArrayList<>();
                } else {
                    context.addAll(pending);
                }
                sections.add(s);
                pending.clear();
                row = s.endRow();
            }
            addRows(pending, grid, row, grid.height());
            if (sheetsAreForms) {
                if (sections != null) {
                    forms.add(new FormPart(context, beforeFirst, sections));
                }
                sections = null;
                pending.clear();
            }
        }
        if (sections != null) {
            forms.add(new FormPart(context, beforeFirst, sections));
        }
        return forms;
    }

    private static void addRows(List<Line> pending, Grid grid, int from, int to) {
        for (int r = from; r < to; r++) {
            Line line = Line.of(grid, r);
            if (!line.text().isBlank()) {
                pending.add(line);
            }
        }
    }

    private boolean startsForm(List<Line> lines) {
        return lines.stream().anyMatch(l -> isTitle(l) || labels.startsWith(l.first(), Label.NAME)
                || labels.startsWith(l.first(), Label.UNIT));
    }

    /** A short line naming a form: 项目支出绩效自评表, 2026年部门整体绩效目标批复. */
    boolean isTitle(Line line) {
        String text = line.text();
        return !text.isBlank() && text.length() <= 60 && words.mentions("titles", text);
    }

    /** The first row of a table's range that is no indicator row but the start of what follows. */
    private int end(Section s) {
        for (int r = s.firstDataRow(); r < s.endRow(); r++) {
            if (spans(s, r) || startsSomethingElse(s.grid(), r)) {
                return r;
            }
        }
        return s.endRow();
    }

    /** A title of few cells, or a row whose first text names the form (项目名称, 单位名称). */
    private boolean startsSomethingElse(Grid grid, int r) {
        int own = 0;
        int first = -1;
        for (int c = 0; c < grid.width(); c++) {
            if (grid.own(r, c)) {
                own++;
                first = first < 0 ? c : first;
            }
        }
        if (first < 0) {
            return false;
        }
        Cell cell = grid.cell(r, first);
        return own <= 2 && isTitle(Line.of(grid, r)) || labels.startsWith(cell, Label.NAME) || labels.startsWith(cell, Label.UNIT);
    }

    /** One text across the level and target columns: a merged note or title row (合计 and 总分 rows excepted). */
    private boolean spans(Section s, int r) {
        String text = null;
        int filled = 0;
        for (Role role : List.of(Role.LEVEL1, Role.LEVEL2, Role.LEVEL3, Role.TARGET)) {
            for (int c : s.columns(role)) {
                String t = s.grid().text(r, c);
                if (t.isBlank() || text != null && !text.equals(t)) {
                    return false;
                }
                text = t;
                filled++;
            }
        }
        return filled >= 3 && !words.mentions("skipRows", text);
    }
}
