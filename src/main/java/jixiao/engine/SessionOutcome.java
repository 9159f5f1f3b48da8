package jixiao.engine;

import java.util.List;

/** What a session left in working memory: the facts given and those the rules inserted. */
public record SessionOutcome(List<Object> facts) {
}
