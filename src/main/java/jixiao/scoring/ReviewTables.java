package jixiao.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jixiao.scoring.fact.Declared;
import jixiao.scoring.fact.Finding;
import jixiao.scoring.fact.Proposed;
import jixiao.tables.ReviewPolicy;
import jixiao.tables.TableException;

/**
 * The global {@code review} of 05-review.drl: the word lists and numbers of {@code review.yml}, looked up
 * without inserting a fact, and each finding's severity; the rules decide what follows from them.
 */
public final class ReviewTables {
    private static final String FILE = "scoring-tables/review.yml";
    /** What may stand between words of direction: punctuation and the words for "and". */
    private static final String SEPARATORS = ",，、;；/和并及与";

    private final ReviewPolicy policy;
    private final List<String> directionWords;
    private final Map<FindingType, Severity> severity = new EnumMap<>(FindingType.class);
    private final Map<FindingType, Integer> order = new EnumMap<>(FindingType.class);

    /** Checks that the table names every kind of finding once, with a known severity. */
    public ReviewTables(ReviewPolicy policy) {
        this.policy = policy;
        this.directionWords = policy.directionWords().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (ReviewPolicy.FindingRow row : policy.findings()) {
            FindingType type = row.code().as(FindingType.class);
            if (severity.put(type, row.severity().as(Severity.class)) != null) {
                throw row.code().error(type + " is listed twice");
            }
            order.put(type, order.size());
        }
        for (FindingType type : FindingType.values()) {
            if (!severity.containsKey(type)) {
                throw new TableException(FILE, 0, "findings: " + type + " is not listed");
            }
        }
    }

    /** Whether a wording is made only of words of direction ({@code 进一步加强}, {@code 不断完善有所提高}). */
    public boolean onlyDirectionWords(String term) {
        if (term == null || term.isEmpty()) {
            return false;
        }
        int at = 0;
        while (at < term.length()) {
            if (SEPARATORS.indexOf(term.charAt(at)) >= 0) {
                at++;
                continue;
            }
            int next = at;
            for (String word : directionWords) {
                if (term.startsWith(word, at)) {
                    next = at + word.length();
                    break;
                }
            }
            if (next == at) {
                return false;
            }
            at = next;
        }
        return true;
    }

    /** Whether a number under this level2 (as a group key) needs a unit. */
    public boolean expectsUnit(String level2Group) {
        return policy.unitLevel2().contains(level2Group);
    }

    /** Whether targets under this level2 (as a group key) must state a date or a period. */
    public boolean needsDeadline(String level2Group) {
        return policy.deadlineLevel2().contains(level2Group);
    }

    /** Whether a target states a date or a period: a number in a time unit, or a period word in its text. */
    public boolean statesPeriod(Proposed p) {
        Declared target = p.target();
        if (target.unitLabel() != null && policy.timeUnits().contains(target.unitLabel())) {
            return true;
        }
        return policy.periodWords().stream().anyMatch(p.targetText()::contains);
    }

    /** Whether a target measures a rate (a percentage, or an indicator named …率), which needs no date. */
    public boolean measuresRate(Proposed p) {
        return "%".equals(p.unitShown()) || policy.rateEndings().stream().anyMatch(p.nameKey()::endsWith);
    }

    /** Whether an indicator of this name measures satisfaction. */
    public boolean isSatisfaction(String nameKey) {
        return policy.satisfactionWords().stream().anyMatch(nameKey::contains);
    }

    /** The lowest satisfaction target, in percent, that is not too easy. */
    public BigDecimal satisfactionFloor() {
        return policy.satisfactionFloorPercent();
    }

    /** A finding about a proposed indicator, with its kind's severity. */
    public Finding finding(FindingType type, Proposed about, String message, String rule) {
        return new Finding(type, severity.get(type), about.seq(), about.indicator().id(), about.indicator().level3(),
                message, rule);
    }

    /** A finding about the whole declaration ({@code level3} names what it is about, or is null). */
    public Finding overall(FindingType type, String level3, String message, String rule) {
        return new Finding(type, severity.get(type), null, null, level3, message, rule);
    }

    /** The place of a kind of finding in a review, after the indicator it concerns. */
    public int order(FindingType type) {
        return order.get(type);
    }
}
