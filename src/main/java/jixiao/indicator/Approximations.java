package jixiao.indicator;

import java.util.List;

/**
 * Approximation words around a number (spec §1.6), loaded from {@code vocabulary.yml}.
 *
 * @param before      words before the number that are dropped ({@code 约}200人)
 * @param afterNumber words between the number and its unit that are dropped (200{@code 余}人), also after a
 *                    multiplier (3万{@code 余}人)
 * @param afterUnit   words after the number and its unit that are dropped (200人{@code 左右})
 * @param nearly      words that, right before a number, say less than it ({@code 近}200人): not read
 */
public record Approximations(List<String> before, List<String> afterNumber, List<String> afterUnit,
                             List<String> nearly) {
    public static Approximations none() {
        return new Approximations(List.of(), List.of(), List.of(), List.of());
    }
}
