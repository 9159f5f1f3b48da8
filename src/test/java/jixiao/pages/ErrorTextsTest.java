package jixiao.pages;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jixiao.web.ErrorCodes;
import org.junit.jupiter.api.Test;

/**
 * The pages say every error the API can answer in Chinese (app.js's ERRORS), where a code they did not know showed
 * only its HTTP status, and a batch's failures showed the API's English message alone.
 */
class ErrorTextsTest {
    /** Where the service's code names an error code: a problem it throws, a failure it tallies, a body it answers. */
    private static final Pattern RAISED = Pattern.compile(
            "(?:RequestProblem|ApiProblem|ErrorBody|fail|respond)\\([^;]*?\"([A-Z][A-Z_]{4,})\"");
    private static final Pattern KNOWN = Pattern.compile("\\b([A-Z][A-Z_]{4,}): '");

    @Test
    void everyErrorCodeOfTheServiceHasAChineseTextInThePages() throws IOException {
        Set<String> raised = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = RAISED.matcher(Files.readString(f));
                while (m.find()) {
                    raised.add(m.group(1));
                }
            }
        }
        for (int status = 400; status < 600; status++) {
            raised.add(ErrorCodes.code(status));
        }
        assertTrue(raised.containsAll(Set.of("MALFORMED_JSON", "UNKNOWN_FIELD", "MISSING_FIELD", "NOT_FOUND")), raised::toString);
        String app = Files.readString(Path.of("src/main/resources/public/assets/app.js"));
        int errors = app.indexOf("const ERRORS = {");
        Matcher m = KNOWN.matcher(app.substring(errors, app.indexOf("};", errors)));
        Set<String> known = new TreeSet<>();
        while (m.find()) {
            known.add(m.group(1));
        }
        raised.removeAll(known);
        assertTrue(raised.isEmpty(), () -> "codes without a Chinese text in app.js's ERRORS: " + raised);
    }
}
