package jixiao.engine;

/** A rule that fired in a session, with the DRL file it lives in. */
public record FiredRule(String name, String file) {
}
