package jixiao.scoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import jixiao.engine.RuleBase;
import jixiao.engine.RuleFile;

/**
 * The rules and tables one evaluation is computed with, and their version: a SHA-256 over the path
 * and content of every file under {@code rules/} and {@code scoring-tables/}; each folder also has its
 * own hash, so a re-evaluation can say which of the two changed.
 */
public record Ruleset(String version, String rulesVersion, String tablesVersion, RuleBase rules,
                      ScoringTables tables) {

    public static Ruleset load(Path rulesDir, Path tablesDir) {
        ScoringTables tables = TableLoader.load(tablesDir);
        List<RuleFile> ruleFiles = new ArrayList<>();
        MessageDigest digest = sha256();
        MessageDigest rulesDigest = sha256();
        MessageDigest tablesDigest = sha256();
        for (Path p : files(rulesDir)) {
            String name = "rules/" + rulesDir.relativize(p).toString().replace('\\', '/');
            byte[] bytes = read(p);
            add(digest, name, bytes);
            add(rulesDigest, name, bytes);
            if (name.endsWith(".drl")) {
                ruleFiles.add(new RuleFile(name, new String(bytes, StandardCharsets.UTF_8)));
            }
        }
        for (Path p : files(tablesDir)) {
            String name = "scoring-tables/" + tablesDir.relativize(p).toString().replace('\\', '/');
            byte[] bytes = read(p);
            add(digest, name, bytes);
            add(tablesDigest, name, bytes);
        }
        return new Ruleset(hex(digest), hex(rulesDigest), hex(tablesDigest), RuleBase.build(ruleFiles), tables);
    }

    private static String hex(MessageDigest digest) {
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, String name, byte[] content) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new TableException(dir.toString(), 0, "not a directory");
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .sorted((a, b) -> dir.relativize(a).toString().replace('\\', '/')
                            .compareTo(dir.relativize(b).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new TableException(dir.toString(), 0, "cannot be listed: " + e.getMessage());
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new TableException(p.toString(), 0, "cannot be read: " + e.getMessage());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
