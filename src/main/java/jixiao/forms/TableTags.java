package jixiao.forms;

/**
 * The tables and table cells of a Word document, counted from the start tags of its main part as
 * {@link XmlLimit#prescan} passes them ({@code tbl} and {@code tc} after any prefix), and refused past
 * {@link FormLimits#maxTables()} or {@link FormLimits#maxCells()} with the reader's {@code FORM_TOO_LARGE}
 * before POI builds the document's tree: 300 tables in a 73 KB file cost seconds of CPU to parse only to
 * be refused by {@link DocxReader} after. Every table and cell is counted, nested ones, empty ones and
 * those in text boxes too, since POI parses them all: a cell costs the parse whether or not it has text.
 */
final class TableTags implements XmlLimit.Tags {
    private final FormLimits limits;
    private int tables;
    private int cells;

    TableTags(FormLimits limits) {
        this.limits = limits;
    }

    @Override
    public void start(byte[] name, int length) {
        if (length == 3 && name[0] == 't' && name[1] == 'b' && name[2] == 'l') {
            if (++tables > limits.maxTables()) {
                throw ReadBudget.tooManyTables(limits);
            }
        } else if (length == 2 && name[0] == 't' && name[1] == 'c') {
            if (++cells > limits.maxCells()) {
                throw FormProblem.tooLarge("the file has more than " + limits.maxCells()
                        + " table cells, empty ones counted too");
            }
        }
    }

    int tables() {
        return tables;
    }

    int cells() {
        return cells;
    }
}
