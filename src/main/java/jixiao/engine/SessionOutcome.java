package jixiao.engine;

import java.util.List;

/** What a session left in working memory (the facts given and those the rules inserted), and how many rules fired. */
public record SessionOutcome(List<Object> facts, int firings) {
}
