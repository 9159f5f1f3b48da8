package jixiao.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import jixiao.web.RequestProblem;

/** A JSON text the parser refused, as a request problem naming where it stopped (a JSON path). */
public final class JsonProblems {
    private JsonProblems() {
    }

    /**
     * {@code LIMIT_EXCEEDED} for a document beyond the parser's limits (nesting, string, number or name
     * length), {@code DUPLICATE_KEY} for a key sent twice in one object, else {@code MALFORMED_JSON}.
     * {@code prefix} is the path of the document inside the request ("" for a whole body).
     */
    public static RequestProblem of(JsonProcessingException e, JsonParser parser, String prefix, String what) {
        String path = join(prefix, pathOf(e.getProcessor() instanceof JsonParser p ? p : parser));
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return new RequestProblem("LIMIT_EXCEEDED", what + " exceeds a limit of the service" + where + ": " + detail, path);
        }
        if (detail.startsWith("Duplicate field")) {
            return new RequestProblem("DUPLICATE_KEY", what + " sends a key twice in one object" + where + ": " + detail, path);
        }
        return new RequestProblem("MALFORMED_JSON", what + " is not valid JSON" + where + ": " + detail, path);
    }

    /** Reads one JSON document with {@code mapper}; refused documents as {@link #of}. */
    public static JsonNode read(ObjectMapper mapper, String text, String prefix, String what) {
        JsonParser parser = null;
        try {
            parser = mapper.createParser(text);
            JsonNode node = mapper.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw new RequestProblem("MISSING_BODY", what + " is empty; a JSON object is expected", prefix);
            }
            Limits.numbers(node, prefix);
            return node;
        } catch (JsonProcessingException e) {
            throw of(e, parser, prefix, what);
        } catch (NumberFormatException e) {
            throw number(parser, prefix, what);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(parser);
        }
    }

    /**
     * A number token the parser cannot hold (Jackson throws a bare NumberFormatException for an exponent
     * beyond int range, {@code 1e-2147483648}): {@code INVALID_VALUE} at its path.
     */
    public static RequestProblem number(JsonParser parser, String prefix, String what) {
        String path = join(prefix, pathOf(parser));
        return new RequestProblem("INVALID_VALUE", what + " holds a number no form holds (its exponent is out of range)"
                + (path.isEmpty() ? "" : " at " + path), path);
    }

    private static void closeQuietly(JsonParser parser) {
        try {
            if (parser != null) {
                parser.close();
            }
        } catch (IOException e) {
            // a parser over a string holds nothing to release
        }
    }

    /** Where the parser was when it stopped, as {@code declaration.indicators[3].target}; "" at the root. */
    static String pathOf(JsonParser parser) {
        if (parser == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String join(String prefix, String path) {
        if (prefix.isEmpty() || path.isEmpty()) {
            return prefix + path;
        }
        return path.startsWith("[") ? prefix + path : prefix + "." + path;
    }
}
