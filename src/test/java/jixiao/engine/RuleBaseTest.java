package jixiao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RuleBase: each part runs the rules of its DRL packages, and every file must belong to a part. */
class RuleBaseTest {
    /** A rule that derives a fact logically (also used by ConcurrentTruthMaintenanceTest). */
    static final RuleFile DOUBLES = new RuleFile("rules/10-double.drl", """
            package rules;
            rule "a number's double"
            when
                $n: Integer(intValue < 100)
            then
                insertLogical(Long.valueOf(2L * $n));
            end
            """);
    private static final RuleFile WORDS = new RuleFile("rules/20-word.drl", """
            package rules.later;
            rule "a double's word"
            when
                $n: Long()
            then
                insertLogical("n=" + $n);
            end
            """);
    private static final Set<String> FIRST = Set.of("rules");
    private static final Set<String> BOTH = Set.of("rules", "rules.later");

    @Test
    void aPartRunsOnlyTheRulesOfItsPackages() {
        RuleBase rules = RuleBase.build(List.of(DOUBLES, WORDS), List.of(FIRST, BOTH));
        assertEquals(Set.of(4, 8L), Set.copyOf(rules.run(FIRST, List.of(4), Map.of(), 10).facts()));
        assertEquals(Set.of(4, 8L, "n=8"), Set.copyOf(rules.run(BOTH, List.of(4), Map.of(), 10).facts()));
        assertThrows(IllegalArgumentException.class, () -> rules.run(Set.of("rules.later"), List.of(4), Map.of(), 10));
    }

    @Test
    void aPackageOfAPartThatNoFileDeclaresIsRefused() {
        RuleBaseException e = assertThrows(RuleBaseException.class,
                () -> RuleBase.build(List.of(DOUBLES), List.of(FIRST, BOTH)));
        assertTrue(e.getMessage().startsWith("no rules file declares package rules.later"), e.getMessage());
    }

    @Test
    void aFileOfAPackageNoPartRunsIsRefusedByName() {
        RuleBaseException e = assertThrows(RuleBaseException.class,
                () -> RuleBase.build(List.of(DOUBLES, WORDS), List.of(FIRST)));
        assertTrue(e.getMessage().startsWith("rules/20-word.drl: package rules.later is run by no part"),
                e.getMessage());
    }

    @Test
    void anObserverIsToldOfEachFiringOfItsOwnSessionOnly() {
        RuleBase rules = RuleBase.build(List.of(DOUBLES, WORDS), List.of(BOTH));
        List<String> fired = new ArrayList<>();
        rules.run(BOTH, List.of(4, 5), Map.of(), 10, (rule, nanos) -> fired.add(rule + (nanos >= 0 ? "" : " (negative)")));
        assertEquals(List.of("a double's word", "a double's word", "a number's double", "a number's double"),
                fired.stream().sorted().toList());
        // the pooled session is used again without an observer: the first one hears nothing more
        assertEquals(Set.of(6, 12L, "n=12"), Set.copyOf(rules.run(BOTH, List.of(6), Map.of(), 10).facts()));
        assertEquals(4, fired.size());
    }
}
