package jixiao.engine;

import java.util.List;

/** What a session left in working memory, and the rules it fired in order. */
public record SessionOutcome(List<Object> facts, List<FiredRule> fired) {

    public <T> List<T> factsOf(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
