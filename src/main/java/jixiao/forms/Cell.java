package jixiao.forms;

/**
 * One cell of a table as read: its text (line breaks inside the cell kept), where it is ({@code Sheet1!C7},
 * {@code 表2 第3行第4列}), and whether the text is a merged cell's, copied into this one.
 */
public record Cell(String text, String address, boolean merged) {
    /** Text of its own: not empty and not copied from a merged cell. */
    public boolean own() {
        return !merged && !text.isBlank();
    }

    public boolean blank() {
        return text.isBlank();
    }
}
