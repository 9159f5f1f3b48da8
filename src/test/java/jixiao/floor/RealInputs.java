package jixiao.floor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jixiao.indicator.Op;
import jixiao.scoring.Inputs;
import jixiao.scoring.Period;

/**
 * The real requests of the repository ({@code examples/*.json}, {@code examples/published/*.json}, not their
 * expected files) read into inputs as the preview reads them: values as text, a number as its plain
 * digits, structured values as fields. The files are known to be valid, so nothing is checked here.
 */
public final class RealInputs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RealInputs() {
    }

    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        for (Path dir : List.of(Path.of("examples"), Path.of("examples", "published"))) {
            for (Path file : requestsIn(dir)) {
                cases.add(read(file));
            }
        }
        return cases;
    }

    private static List<Path> requestsIn(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json")
                    && !p.toString().endsWith(".expected.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Case read(Path file) {
        try {
            JsonNode root = JSON.readTree(Files.readString(file));
            return new Case(file.toString(), declaration(root.get("declaration")), assessment(root.get("assessment")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Inputs.Declaration declaration(JsonNode n) {
        List<Inputs.DeclaredIndicator> indicators = new ArrayList<>();
        n.get("indicators").forEach(i -> indicators.add(new Inputs.DeclaredIndicator(text(i, "id"), text(i, "level1"),
                text(i, "level2"), text(i, "level3"), value(i.get("target")), value(i.get("halfYearTarget")),
                number(i, "points"), text(i, "unit"), i.hasNonNull("cumulative") ? i.get("cumulative").booleanValue() : null)));
        List<Inputs.Checkpoint> plan = new ArrayList<>();
        if (n.hasNonNull("spendingPlan")) {
            n.get("spendingPlan").forEach(c -> plan.add(new Inputs.Checkpoint(c.get("month").intValue(),
                    c.get("percent").decimalValue())));
        }
        return new Inputs.Declaration(text(n, "subjectType"), text(n, "unit"), text(n, "name"),
                n.hasNonNull("year") ? n.get("year").intValue() : null, text(n, "scoringTable"), text(n, "budget"),
                text(n, "budgetUnit"), plan, indicators);
    }

    private static Inputs.Assessment assessment(JsonNode n) {
        if (n == null || n.isNull()) {
            return new Inputs.Assessment(Period.FULL_YEAR, 12, null, null, null, List.of());
        }
        List<Inputs.ReportedActual> actuals = new ArrayList<>();
        if (n.hasNonNull("actuals")) {
            n.get("actuals").forEach(a -> actuals.add(new Inputs.ReportedActual(text(a, "id"), text(a, "level1"),
                    text(a, "level2"), text(a, "level3"), value(a.get("actual")), text(a, "reason"),
                    number(a, "claimedScore"), text(a, "completionLikelihood"))));
        }
        Period period = n.hasNonNull("period") ? Period.valueOf(n.get("period").asText()) : Period.FULL_YEAR;
        Integer month = n.hasNonNull("month") ? n.get("month").intValue() : null;
        return new Inputs.Assessment(period, month, text(n, "budgetAdjusted"), text(n, "budgetExecuted"),
                text(n, "spendingReason"), actuals);
    }

    private static Inputs.ValueSpec value(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return new Inputs.ValueSpec.Text(n.asText());
        }
        if (n.isNumber()) {
            return new Inputs.ValueSpec.Text(n.decimalValue().toPlainString());
        }
        String term = text(n, "term");
        if (term != null) {
            return new Inputs.ValueSpec.Structured(null, null, null, null, null, term);
        }
        Op op = n.hasNonNull("op") ? Op.fromText(n.get("op").asText()).orElseThrow() : null;
        return new Inputs.ValueSpec.Structured(op, number(n, "value"), number(n, "low"), number(n, "high"),
                text(n, "unit"), null);
    }

    /** A text field; a number there is taken as its plain digits. */
    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
    }

    private static BigDecimal number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText().strip());
    }
}
