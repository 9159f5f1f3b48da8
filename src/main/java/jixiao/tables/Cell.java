package jixiao.tables;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A value of a table with the place it was read from, so that a layer that knows what the value must be
 * (a deviation type, a light) can refuse it naming the file, the line and the field.
 */
public record Cell(String text, String file, int line, String field) {

    /** The constant of {@code type} this cell names, or an error listing the names allowed. */
    public <E extends Enum<E>> E as(Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw error("'" + text + "' is not one of " + allowed);
    }

    public TableException error(String problem) {
        return new TableException(file, line, (field.isEmpty() ? "" : field + ": ") + problem);
    }
}
