package jixiao.floor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.indicator.Normaliser;
import jixiao.scoring.Inputs;

/**
 * Spec §4: actuals to declared indicators — by id first; then by normalised level3 (level2 for a row
 * without one) among the indicators still unmatched, narrowed by level2 and then level1 where level3
 * alone is ambiguous; remaining ties pair in declaration order. What pairs with nothing is unmatched.
 */
final class ActualMatcher {
    private ActualMatcher() {
    }

    /** The actual of each declared indicator (null where none), and the actuals left over. */
    record Matching(Inputs.ReportedActual[] byIndicator, List<Inputs.ReportedActual> unmatched) {
    }

    static Matching match(List<Inputs.DeclaredIndicator> declared, List<Inputs.ReportedActual> actuals) {
        int n = declared.size();
        Inputs.ReportedActual[] matched = new Inputs.ReportedActual[n];
        Map<String, Integer> byId = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String id = declared.get(i).id();
            if (id != null) {
                byId.putIfAbsent(id, i);
            }
        }
        List<Inputs.ReportedActual> byName = null;
        for (Inputs.ReportedActual a : actuals) {
            Integer i = a.id() == null ? null : byId.get(a.id());
            if (i != null && matched[i] == null) {
                matched[i] = a;
            } else {
                if (byName == null) {
                    byName = new ArrayList<>();
                }
                byName.add(a);
            }
        }
        if (byName == null) {
            return new Matching(matched, List.of());
        }
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = nameKey(declared.get(i));
        }
        List<Inputs.ReportedActual> unmatched = new ArrayList<>();
        for (Inputs.ReportedActual a : byName) {
            String key = Normaliser.normalise(a.level3());
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (matched[i] == null && !key.isEmpty() && key.equals(names[i])) {
                    candidates.add(i);
                }
            }
            candidates = narrow(candidates, a.level2(), declared, true);
            candidates = narrow(candidates, a.level1(), declared, false);
            if (candidates.isEmpty()) {
                unmatched.add(a);
            } else {
                matched[candidates.get(0)] = a;
            }
        }
        return new Matching(matched, unmatched);
    }

    private static String nameKey(Inputs.DeclaredIndicator d) {
        String level3 = Normaliser.normalise(d.level3());
        return level3.isEmpty() ? Normaliser.normalise(d.level2()) : level3;
    }

    /** The candidates whose level2 (or level1) is the one wanted; all of them when none is, or none is wanted. */
    private static List<Integer> narrow(List<Integer> candidates, String wanted, List<Inputs.DeclaredIndicator> declared,
                                        boolean level2) {
        if (candidates.size() < 2 || wanted == null || wanted.isBlank()) {
            return candidates;
        }
        String key = Normaliser.normalise(wanted);
        List<Integer> narrowed = new ArrayList<>(candidates.size());
        for (int i : candidates) {
            Inputs.DeclaredIndicator d = declared.get(i);
            if (Normaliser.normalise(level2 ? d.level2() : d.level1()).equals(key)) {
                narrowed.add(i);
            }
        }
        return narrowed.isEmpty() ? candidates : narrowed;
    }
}
