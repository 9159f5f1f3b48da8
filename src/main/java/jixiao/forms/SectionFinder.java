package jixiao.forms;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the indicator tables of a grid by their header rows: a row naming a 三级指标 column and a target or
 * actual column is a header; up to three rows under it continue it (指标值 over 近两年指标值 over 2024年) when
 * its level columns are blank or repeat the header there. Each column's role is that of the lowest header
 * row naming one; a section ends where the next begins (the layout may end it earlier).
 */
final class SectionFinder {
    private static final int MAX_HEADER_ROWS = 4;

    private final FormWords words;

    SectionFinder(FormWords words) {
        this.words = words;
    }

    List<Section> find(Grid grid) {
        List<Section> found = new ArrayList<>();
        for (int r = 0; r < grid.height(); r++) {
            Optional<Section> s = header(grid, r);
            if (s.isPresent()) {
                if (!found.isEmpty()) {
                    found.set(found.size() - 1, found.get(found.size() - 1).endingAt(r));
                }
                found.add(s.get());
                r = s.get().firstDataRow() - 1;
            }
        }
        if (!found.isEmpty()) {
            found.set(found.size() - 1, found.get(found.size() - 1).endingAt(grid.height()));
        }
        return found;
    }

    private Optional<Section> header(Grid grid, int r) {
        if (!namesLevel3(grid, r)) {
            return Optional.empty();
        }
        Map<Integer, Role> single = roles(grid, r, r);
        if (!single.containsValue(Role.LEVEL3) || !(single.containsValue(Role.TARGET)
                || single.containsValue(Role.ACTUAL) || single.containsValue(Role.HALF_YEAR_TARGET))) {
            return Optional.empty();
        }
        int last = r;
        while (last + 1 < grid.height() && last + 1 - r < MAX_HEADER_ROWS && continues(grid, r, last + 1, single)) {
            last++;
        }
        Map<Integer, Role> roles = roles(grid, r, last);
        Map<Role, List<Integer>> columns = new EnumMap<>(Role.class);
        roles.forEach((col, role) -> columns.computeIfAbsent(role, k -> new ArrayList<>()).add(col));
        columns.values().forEach(list -> list.sort(Integer::compare));
        String label = label(grid, r, roles);
        boolean skipped = words.mentions("skipSections", label) || mentionsSkip(grid, r, last);
        return Optional.of(new Section(grid, r, last + 1, grid.height(), columns, label, skipped));
    }

    /** A quick look before the full one: does any cell of the row name a 三级指标 column? */
    private boolean namesLevel3(Grid grid, int r) {
        for (int c = 0; c < grid.width(); c++) {
            String t = grid.text(r, c);
            if (!t.isBlank() && t.length() < 40 && words.has(Role.LEVEL3, FormWords.fold(t))) {
                return true;
            }
        }
        return false;
    }

    /** The role of each column, from its header text in rows {@code first..last}, the lowest naming one deciding. */
    private Map<Integer, Role> roles(Grid grid, int first, int last) {
        Map<Integer, Role> roles = new java.util.TreeMap<>();
        for (int c = 0; c < grid.width(); c++) {
            LinkedHashSet<String> parts = new LinkedHashSet<>();
            for (int r = first; r <= last; r++) {
                String text = grid.cell(r, c).text();
                if (!text.isBlank()) {
                    parts.add(text);
                }
            }
            List<String> ordered = new ArrayList<>(parts);
            for (int i = ordered.size() - 1; i >= 0; i--) {
                Optional<Role> role = words.role(ordered.get(i));
                if (role.isPresent()) {
                    roles.put(c, role.get());
                    break;
                }
            }
        }
        return roles;
    }

    /** Whether row {@code r} continues the header at {@code top}: level cells blank or repeating it, some text of its own. */
    private boolean continues(Grid grid, int top, int r, Map<Integer, Role> headerRoles) {
        boolean own = false;
        for (int c = 0; c < grid.width(); c++) {
            Cell cell = grid.cell(r, c);
            Role role = headerRoles.get(c);
            if (role != null && role.isLevel() && !cell.blank()
                    && !FormWords.fold(cell.text()).equals(FormWords.fold(grid.cell(top, c).text()))) {
                return false;
            }
            own |= cell.own();
        }
        return own;
    }

    /** The text left of the level columns in the header row: the table's label, e.g. 年度绩效指标. */
    private static String label(Grid grid, int r, Map<Integer, Role> roles) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < grid.width() && !(roles.containsKey(c) && roles.get(c).isLevel()); c++) {
            if (!roles.containsKey(c) && grid.cell(r, c).own()) {
                out.append(grid.cell(r, c).text());
            }
        }
        return out.toString();
    }

    private boolean mentionsSkip(Grid grid, int first, int last) {
        for (int r = first; r <= last; r++) {
            for (Cell c : grid.row(r)) {
                if (c.own() && words.mentions("skipSections", c.text())) {
                    return true;
                }
            }
        }
        return false;
    }
}
