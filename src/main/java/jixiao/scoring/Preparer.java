package jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.indicator.IndicatorContext;
import jixiao.indicator.IndicatorValue;
import jixiao.indicator.Normaliser;
import jixiao.indicator.Op;
import jixiao.indicator.Unit;
import jixiao.indicator.ValueParser;
import jixiao.indicator.Decimals;
import jixiao.scoring.fact.Declared;
import jixiao.scoring.fact.Indicator;
import jixiao.scoring.fact.Reported;
import jixiao.scoring.fact.UnmatchedActual;

/**
 * Turns a declaration and an assessment into the facts of one session: values parsed, actuals
 * matched to indicators (§4), units converted into the target's (§1.4), budget amounts into one unit.
 */
final class Preparer {
    private final ValueParser parser;
    private final String moneyUnit;

    Preparer(ValueParser parser, String moneyUnit) {
        this.parser = parser;
        this.moneyUnit = moneyUnit;
    }

    /**
     * The input facts of a declaration's indicators with the actuals matched to them; {@code groupOfAlias}
     * is the scoring table's lookup from a normalised level1 to the group it names (§3). The declared
     * half-year values are read only when {@code halfYear} (only a mid-year report is measured by them, §5).
     */
    List<PreparedIndicator> indicators(Inputs.Declaration declaration, Map<Integer, Inputs.ReportedActual> matched,
                                       Map<String, String> groupOfAlias, boolean halfYear) {
        List<PreparedIndicator> out = new ArrayList<>();
        List<Inputs.DeclaredIndicator> declared = declaration.indicators();
        for (int i = 0; i < declared.size(); i++) {
            Inputs.DeclaredIndicator d = declared.get(i);
            out.add(prepare(i, d, matched.get(i), groupOfAlias, halfYear));
        }
        return out;
    }

    private PreparedIndicator prepare(int seq, Inputs.DeclaredIndicator d, Inputs.ReportedActual reported,
                                      Map<String, String> groupOfAlias, boolean readHalfYear) {
        IndicatorContext ctx = new IndicatorContext(d.level1(), d.level2(), d.level3(), d.unit());
        IndicatorValue target = readTarget(d.target(), ctx);
        IndicatorValue actual = reported == null || reported.actual() == null
                ? new IndicatorValue.Empty(null) : readActual(reported.actual(), ctx);
        IndicatorValue halfYear = !readHalfYear || d.halfYearTarget() == null ? null
                : readTarget(d.halfYearTarget(), ctx);

        Unit targetUnit = unitOf(target);
        Unit actualUnit = unitOf(actual);
        if (targetUnit == null && actualUnit != null) {
            targetUnit = actualUnit;
            target = withUnit(target, targetUnit);
        }
        if (actualUnit == null) {
            actualUnit = targetUnit;
        } else if (targetUnit != null && actualUnit.period() == null && targetUnit.period() != null) {
            actualUnit = actualUnit.withPeriod(targetUnit.period());
        }
        boolean mismatch = targetUnit != null && actualUnit != null && !actualUnit.comparableWith(targetUnit);
        BigDecimal b = null;
        if (actual instanceof IndicatorValue.Quantity q && !mismatch) {
            b = convert(q.value(), actualUnit, targetUnit);
        }
        BigDecimal halfYearA = null;
        if (halfYear instanceof IndicatorValue.Quantity h) {
            Unit halfYearUnit = unitOf(h) == null ? targetUnit : unitOf(h);
            boolean comparable = halfYearUnit == null || targetUnit == null || halfYearUnit.comparableWith(targetUnit);
            halfYearA = comparable ? convert(h.value(), halfYearUnit, targetUnit) : null;
        }

        if (target instanceof IndicatorValue.Tier tier) {
            target = new IndicatorValue.Term(tier.term(), tier.text());
        }
        String unitShown = targetUnit == null ? null : targetUnit.display();
        Declared declared = new Declared(targetKind(target),
                target instanceof IndicatorValue.Quantity q ? q.op() : target instanceof IndicatorValue.Range ? Op.BETWEEN : null,
                target instanceof IndicatorValue.Quantity q ? q.impliedOp() : target instanceof IndicatorValue.Range ? Op.BETWEEN : null,
                target instanceof IndicatorValue.Quantity q ? q.value() : null,
                target instanceof IndicatorValue.Range r ? r.low() : null,
                target instanceof IndicatorValue.Range r ? r.high() : null,
                target instanceof IndicatorValue.Term t ? t.term() : null, unitShown, shown(target, unitShown),
                halfYearA, halfYear instanceof IndicatorValue.Term h ? h.term() : null, d.cumulative(),
                targetUnit == null ? null : targetUnit.label(), targetUnit == null ? null : targetUnit.period(),
                targetUnit != null && targetUnit.perYear(), d.points());
        Reported reportedValue = new Reported(actualKind(actual), b, mismatch,
                actual.text() == null ? null : actual.text().strip(),
                actual instanceof IndicatorValue.Quantity q && !q.inferred() ? q.op() : null, actualTerm(actual),
                actual instanceof IndicatorValue.Tier t ? t.tier() : null,
                reported != null && reported.reason() != null && !reported.reason().isBlank(),
                reported == null ? null : reported.claimedScore());
        Indicator fact = new Indicator(seq, d.id(), d.level1(), d.level2(), d.level3(), nameOf(d.level2(), d.level3()),
                ctx.level1Group(), ctx.level1Group() == null ? null : groupOfAlias.get(ctx.level1Group()), declared, reportedValue);
        return new PreparedIndicator(fact, target, actual, reported);
    }

    private static TargetKind targetKind(IndicatorValue target) {
        return target instanceof IndicatorValue.Quantity ? TargetKind.QUANTITY
                : target instanceof IndicatorValue.Range ? TargetKind.RANGE
                : target instanceof IndicatorValue.Empty ? TargetKind.NONE
                : target instanceof IndicatorValue.Unreadable ? TargetKind.UNREADABLE : TargetKind.TERM;
    }

    private static ActualKind actualKind(IndicatorValue actual) {
        return actual instanceof IndicatorValue.Quantity ? ActualKind.NUMBER
                : actual instanceof IndicatorValue.Empty ? ActualKind.NONE
                : actual instanceof IndicatorValue.Tier ? ActualKind.TIER
                : actual instanceof IndicatorValue.Unreadable ? ActualKind.UNREADABLE : ActualKind.TERM;
    }

    /** The level3 name (or level2 standing in for a row without one), with the cell's line breaks removed. */
    private static String nameOf(String level2, String level3) {
        String raw = level3 != null && !level3.isBlank() ? level3 : level2;
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);  // whitespace is all in the BMP, so a surrogate pair is copied unit by unit
            if (!Character.isWhitespace(c) && c != '\u3000') {
                out.append(c);
            }
        }
        return out.length() == raw.length() ? raw : out.toString();
    }

    private static String actualTerm(IndicatorValue actual) {
        if (actual instanceof IndicatorValue.Term t) {
            return t.term();
        }
        if (actual instanceof IndicatorValue.Tier t) {
            return t.term();
        }
        return actual instanceof IndicatorValue.Range r ? Normaliser.normalise(r.text()) : null;
    }

    private IndicatorValue readTarget(Inputs.ValueSpec spec, IndicatorContext ctx) {
        if (spec == null) {
            return new IndicatorValue.Empty(null);
        }
        return spec instanceof Inputs.ValueSpec.Text t ? parser.parseTarget(t.text(), ctx)
                : structured((Inputs.ValueSpec.Structured) spec, ctx);
    }

    private IndicatorValue readActual(Inputs.ValueSpec spec, IndicatorContext ctx) {
        return spec instanceof Inputs.ValueSpec.Text t ? parser.parseActual(t.text(), ctx)
                : structured((Inputs.ValueSpec.Structured) spec, ctx);
    }

    private IndicatorValue structured(Inputs.ValueSpec.Structured s, IndicatorContext ctx) {
        if (s.term() != null) {
            return parser.parseTarget(s.term(), ctx) instanceof IndicatorValue.Term t
                    ? t : new IndicatorValue.Term(Normaliser.normalise(s.term()), s.term());
        }
        Op op = s.op();
        if (op == Op.BETWEEN) {
            return parser.range(s.low(), s.high(), s.unit(), ctx, s.low().toPlainString() + "~" + s.high().toPlainString()
                    + (s.unit() == null ? "" : s.unit()));
        }
        String text = (op == null ? "" : op.symbol()) + s.value().toPlainString() + (s.unit() == null ? "" : s.unit());
        return parser.quantity(op, s.value(), s.unit(), ctx, text);
    }

    private static Unit unitOf(IndicatorValue v) {
        if (v instanceof IndicatorValue.Quantity q) {
            return q.unit();
        }
        return v instanceof IndicatorValue.Range r ? r.unit() : null;
    }

    private static IndicatorValue withUnit(IndicatorValue v, Unit unit) {
        if (v instanceof IndicatorValue.Quantity q) {
            return q.withUnit(unit);
        }
        return v instanceof IndicatorValue.Range r ? r.withUnit(unit) : v;
    }

    /** A value in unit {@code from} expressed in unit {@code to}; the same number when either is unknown. */
    static BigDecimal convert(BigDecimal value, Unit from, Unit to) {
        if (from == null || to == null || from.factor().compareTo(to.factor()) == 0) {
            return value;
        }
        return Decimals.div(Decimals.mul(value, from.factor()), to.factor());
    }

    private static String shown(IndicatorValue target, String unit) {
        String u = unit == null ? "" : unit;
        if (target instanceof IndicatorValue.Quantity q) {
            return q.op().symbol() + Decimals.plain(q.value()) + u;
        }
        if (target instanceof IndicatorValue.Range r) {
            return Decimals.plain(r.low()) + u + "~" + Decimals.plain(r.high()) + u;
        }
        if (target instanceof IndicatorValue.Unreadable unreadable) {
            return unreadable.normalised();
        }
        return target instanceof IndicatorValue.Term t ? "“" + t.term() + "”" : null;
    }

    /** §4: actuals to indicators, by id first, then by level3 narrowed by level2 and level1. */
    record Matching(Map<Integer, Inputs.ReportedActual> matched, List<UnmatchedActual> unmatched) {
    }

    static Matching match(List<Inputs.DeclaredIndicator> declared, List<Inputs.ReportedActual> actuals) {
        Map<Integer, Inputs.ReportedActual> matched = new HashMap<>();
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < declared.size(); i++) {
            if (declared.get(i).id() != null) {
                byId.putIfAbsent(declared.get(i).id(), i);
            }
        }
        List<Integer> rest = new ArrayList<>();
        for (int k = 0; k < actuals.size(); k++) {
            Inputs.ReportedActual a = actuals.get(k);
            Integer i = a.id() == null ? null : byId.get(a.id());
            if (i != null && !matched.containsKey(i)) {
                matched.put(i, a);
            } else {
                rest.add(k);
            }
        }
        List<UnmatchedActual> unmatched = new ArrayList<>();
        Map<String, List<Integer>> byName = rest.isEmpty() ? Map.of() : byName(declared);
        for (int k : rest) {
            Inputs.ReportedActual a = actuals.get(k);
            List<Integer> sameName = byName.getOrDefault(Normaliser.normalise(a.level3()), List.of());
            List<Integer> candidates = new ArrayList<>();
            for (int i : sameName) {
                if (!matched.containsKey(i)) {
                    candidates.add(i);
                }
            }
            candidates = narrow(candidates, declared, a.level2(), Inputs.DeclaredIndicator::level2);
            candidates = narrow(candidates, declared, a.level1(), Inputs.DeclaredIndicator::level1);
            if (!candidates.isEmpty()) {
                matched.put(candidates.get(0), a);
            } else {
                String label = Optional.ofNullable(a.level3()).filter(s -> !s.isBlank()).orElse(a.id());
                unmatched.add(new UnmatchedActual(k, a.id(), a.level3(), label, !sameName.isEmpty()));
            }
        }
        return new Matching(matched, unmatched);
    }

    /** The declared indicators by their normalised name, each name's in declaration order; no empty name. */
    private static Map<String, List<Integer>> byName(List<Inputs.DeclaredIndicator> declared) {
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < declared.size(); i++) {
            String key = nameKey(declared.get(i));
            if (!key.isEmpty()) {
                byName.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
            }
        }
        return byName;
    }

    private static String nameKey(Inputs.DeclaredIndicator d) {
        String level3 = Normaliser.normalise(d.level3());
        return level3.isEmpty() ? Normaliser.normalise(d.level2()) : level3;
    }

    private static List<Integer> narrow(List<Integer> candidates, List<Inputs.DeclaredIndicator> declared,
                                        String wanted, java.util.function.Function<Inputs.DeclaredIndicator, String> level) {
        if (candidates.size() < 2 || wanted == null || wanted.isBlank()) {
            return candidates;
        }
        String key = Normaliser.normalise(wanted);
        List<Integer> narrowed = candidates.stream()
                .filter(i -> Normaliser.normalise(level.apply(declared.get(i))).equals(key)).toList();
        return narrowed.isEmpty() ? candidates : narrowed;
    }

    /**
     * An amount of money in one common unit — the budget unit declared, else the tables' money unit: its value
     * × its unit's factor; empty when unreadable, of another dimension, or a bare number in a budget unit that
     * no table knows (it cannot be said how much it is).
     */
    Optional<BigDecimal> amount(String text, String budgetUnit) {
        IndicatorValue v = parser.parseActual(text, new IndicatorContext(null, null, null, budgetUnit));
        if (!(v instanceof IndicatorValue.Quantity q)) {
            return Optional.empty();
        }
        Optional<Unit> base = budgetUnit == null ? Optional.empty() : parser.parseUnit(budgetUnit);
        if (q.unit() == null && budgetUnit != null && base.isEmpty()) {
            return Optional.empty();
        }
        if (q.unit() != null && base.isPresent() && !q.unit().dimension().equals(base.get().dimension())) {
            return Optional.empty();
        }
        if (q.unit() != null && base.isEmpty() && !moneyUnit.equals(q.unit().dimension())) {
            return Optional.empty();
        }
        if (q.unit() == null) {
            return Optional.of(q.value());
        }
        BigDecimal inBase = Decimals.mul(q.value(), q.unit().factor());
        return Optional.of(base.isPresent() ? Decimals.div(inBase, base.get().factor()) : inBase);
    }

    /** Whether a budget unit is given but no unit the tables know. */
    boolean unknownUnit(String budgetUnit) {
        return budgetUnit != null && parser.parseUnit(budgetUnit).isEmpty();
    }
}
