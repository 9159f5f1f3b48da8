package jixiao.forms;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator table found in a grid: its header rows, the columns of each role, the label beside it
 * ({@code 年度绩效指标}, {@code 长期绩效指标}), whether it is skipped (the long-term indicators), and the rows
 * it holds, from the first under its header to {@code endRow} (exclusive).
 */
record Section(Grid grid, int headerRow, int firstDataRow, int endRow, Map<Role, List<Integer>> columns,
               String label, boolean skipped) {
    Section {
        columns = new EnumMap<>(columns);
    }

    Section endingAt(int row) {
        return new Section(grid, headerRow, firstDataRow, row, columns, label, skipped);
    }

    List<Integer> columns(Role role) {
        return columns.getOrDefault(role, List.of());
    }

    boolean has(Role role) {
        return !columns(role).isEmpty();
    }

    String headerCell() {
        int col = has(Role.LEVEL3) ? columns(Role.LEVEL3).get(0) : 0;
        return grid.address(headerRow, col);
    }
}
