package jixiao;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The service's settings from the environment, checked in one place before anything starts: a value the
 * service cannot use stops it with a message naming the variable, instead of a stack trace later (or a
 * silent default). The README's configuration reference lists the same variables.
 */
final class Settings {
    private static final Pattern SIZE = Pattern.compile("[0-9]{1,15}(?i:(kb|mb|gb))?");
    private static final Pattern SHORT_DURATION = Pattern.compile("[0-9]{1,9}(ms|s|m|h)");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]_-]{1,253}");

    /** One variable: its name, what a valid value is, the test of it, and whether its value may not be shown. */
    private record Rule(String name, String expected, Predicate<String> valid, boolean secret) {
        Rule(String name, String expected, Predicate<String> valid) {
            this(name, expected, valid, false);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("MICRONAUT_SERVER_PORT", "a port number from 0 to 65535 (-1: a random free port)",
                    v -> wholeWithin(v, -1, 65535)),
            new Rule("JIXIAO_MANAGEMENT_PORT", "a port number from 0 to 65535, other than the main port",
                    v -> wholeWithin(v, 0, 65535)),
            new Rule("JIXIAO_MANAGEMENT_HOST", "a host name or IP address to bind the management port to",
                    v -> HOST.matcher(v).matches()),
            new Rule("JIXIAO_DB_URL", "a JDBC URL (jdbc:h2:… or jdbc:postgresql:…)", v -> v.startsWith("jdbc:")),
            new Rule("JIXIAO_DB_POOL", "a whole number of connections from 1 to 1000", v -> wholeWithin(v, 1, 1000)),
            new Rule("JIXIAO_BATCH_WORKERS", "a whole number from 0 to 1024 (0: one per processor)",
                    v -> wholeWithin(v, 0, 1024)),
            new Rule("JIXIAO_PREVIEW_WORKERS", "a whole number from 0 to 1024 (0: one per processor)",
                    v -> wholeWithin(v, 0, 1024)),
            new Rule("JIXIAO_MAX_REQUEST_SIZE", "a size above 0 such as 1GB, 512MB or 1048576 (bytes)",
                    v -> SIZE.matcher(v).matches() && !v.matches("0+(?i:(kb|mb|gb))?")),
            new Rule("JIXIAO_IMPORT_MAX_BYTES", "a whole number of bytes from 1", v -> wholeWithin(v, 1, Long.MAX_VALUE)),
            new Rule("JIXIAO_IMPORT_MAX_CONCURRENT", "a whole number of files from 1 to 64", v -> wholeWithin(v, 1, 64)),
            new Rule("JIXIAO_IMPORT_MAX_WAIT", "a duration such as 10s, 500ms or PT10S", Settings::duration),
            new Rule("JIXIAO_DATA_DIR", "a directory path", v -> !v.isBlank()),
            new Rule("JIXIAO_TOKEN_LIFETIME", "a duration such as 8h, 30m or PT8H", Settings::duration),
            new Rule("JIXIAO_JWT_SECRET", "at least 32 bytes (UTF-8)",
                    v -> v.getBytes(StandardCharsets.UTF_8).length >= 32, true),
            new Rule("JIXIAO_ADMIN_PASSWORD", "a password of 10 to 200 characters", v -> v.length() >= 10 && v.length() <= 200,
                    true),
            new Rule("JIXIAO_LOG_FORMAT", "text or json", v -> v.equals("text") || v.equals("json")),
            new Rule("JIXIAO_SHUTDOWN_GRACE_PERIOD", "a duration such as 20s, 500ms, 2m or PT20S",
                    Settings::duration),
            new Rule("JIXIAO_RULES_DIR", "a directory path", v -> !v.isBlank()),
            new Rule("JIXIAO_TABLES_DIR", "a directory path", v -> !v.isBlank()));

    private Settings() {
    }

    /** What is wrong with the settings in {@code env}, one message per variable; empty when all are usable. */
    static List<String> problems(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        for (Rule rule : RULES) {
            String value = env.get(rule.name());
            if (value != null && !rule.valid().test(value.strip())) {
                String shown = rule.secret() ? "(not shown)" : "'" + printable(value) + "'";
                problems.add("invalid setting " + rule.name() + "=" + shown + ": expected " + rule.expected());
            }
        }
        String main = env.get("MICRONAUT_SERVER_PORT");
        String management = env.getOrDefault("JIXIAO_MANAGEMENT_PORT", "8081").strip();
        if (problems.isEmpty() && management.equals(main == null ? "8080" : main.strip())) {
            problems.add("invalid setting JIXIAO_MANAGEMENT_PORT='" + management
                    + "': expected a port other than the main port (MICRONAUT_SERVER_PORT)");
        }
        return problems;
    }

    private static boolean wholeWithin(String v, long min, long max) {
        if (!v.matches("-?[0-9]{1,18}")) {
            return false;
        }
        long n = Long.parseLong(v);
        return n >= min && n <= max;
    }

    private static boolean duration(String v) {
        if (SHORT_DURATION.matcher(v).matches()) {
            return true;
        }
        try {
            return !Duration.parse(v).isNegative();
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String printable(String value) {
        String v = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return v.replaceAll("\\p{Cntrl}", "?");
    }
}
