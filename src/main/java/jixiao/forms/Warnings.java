package jixiao.forms;

import java.util.ArrayList;
import java.util.List;

/** The warnings of one form, a blank cell standing for the form's first indicator table. */
final class Warnings {
    private final List<FormWarning> list = new ArrayList<>();
    private final String formCell;

    Warnings(String formCell) {
        this.formCell = formCell;
    }

    void add(String cell, String message) {
        list.add(new FormWarning(cell == null || cell.isEmpty() ? formCell : cell, message));
    }

    List<FormWarning> list() {
        return List.copyOf(list);
    }
}
