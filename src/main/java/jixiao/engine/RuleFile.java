package jixiao.engine;

/** A DRL file: its path as shown to users ({@code rules/20-quantitative.drl}) and its text. */
public record RuleFile(String path, String content) {
}
