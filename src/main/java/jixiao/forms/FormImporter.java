package jixiao.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * The import: a file's bytes and declared format (file name, content type) → every form in it, as the
 * declaration and assessment the scoring endpoints take, with warnings. Stores nothing. A file it cannot
 * use is a {@link FormProblem}: too large, unsupported, unreadable, beyond the read limits, or without
 * any indicator table ({@link FormProblem.Code#NO_FORM_FOUND}).
 */
public final class FormImporter {
    private final DocumentReader reader;
    private final FormLayout layout;
    private final FormHeaderReader headers;
    private final IndicatorRows rows;

    public FormImporter(FormWords words, FormLimits limits) {
        this.reader = new DocumentReader(limits);
        this.layout = new FormLayout(words);
        this.headers = new FormHeaderReader(words);
        this.rows = new IndicatorRows(words);
    }

    public ImportResult read(byte[] bytes, String fileName, String contentType) {
        return read(reader.read(bytes, fileName, contentType));
    }

    ImportResult read(Document doc) {
        List<ImportedForm> forms = new ArrayList<>();
        FormHeader previous = null;
        int tables = 0;
        for (FormPart part : layout.split(doc)) {
            tables += part.sections().size();
            Section first = part.sections().get(0);
            Warnings warnings = new Warnings(first.headerCell());
            doc.warnings().forEach(w -> warnings.add(w.cell(), w.message()));
            FormHeader header = headers.read(part, previous, warnings);
            List<IndicatorRow> read = rows.read(part.sections(), warnings);
            if (read.isEmpty()) {
                continue;
            }
            forms.add(FormAssembler.assemble(header, read, source(part), warnings));
            previous = header;
        }
        if (forms.isEmpty()) {
            throw new FormProblem(FormProblem.Code.NO_FORM_FOUND, tables == 0
                    ? "no table in the file has indicator columns (a level-3 indicator column beside a target or actual column)"
                    : "the file's indicator tables hold no indicator rows for the year");
        }
        return new ImportResult(doc.format().label(), forms);
    }

    /** Where a form was found: its first table's grid, from its first header-block row there to its last row. */
    private static String source(FormPart part) {
        Section first = part.sections().get(0);
        Section last = part.sections().get(part.sections().size() - 1);
        int top = first.headerRow();
        for (Line line : part.headerBlock()) {
            if (line.grid() == first.grid()) {
                top = Math.min(top, line.row());
            }
        }
        int bottom = last.grid() == first.grid() ? last.endRow() - 1 : first.endRow() - 1;
        return first.grid().range(top, Math.max(top, bottom));
    }
}
