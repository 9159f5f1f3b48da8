package jixiao.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A JSON text the parser refused, or a document that cannot be bound to its request record, as a request
 * problem naming where it stopped (a JSON path).
 */
public final class JsonProblems {
    private JsonProblems() {
    }

    /**
     * {@code LIMIT_EXCEEDED} for a document beyond the parser's limits (nesting, string, number or name
     * length), {@code DUPLICATE_KEY} for a key sent twice in one object, else {@code MALFORMED_JSON} (also for a
     * value after the document, {@code {…} {…}}).
     * {@code prefix} is the path of the document inside the request ("" for a whole body).
     */
    public static RequestProblem of(JsonProcessingException e, JsonParser parser, String prefix, String what) {
        String path = FieldPath.join(prefix, pathOf(e.getProcessor() instanceof JsonParser p ? p : parser));
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return new RequestProblem("LIMIT_EXCEEDED", what + " exceeds a limit of the service" + where + ": " + detail, path);
        }
        if (detail.startsWith("Trailing token")) {  // DeserializationFeature.FAIL_ON_TRAILING_TOKENS (Json.forClients)
            return new RequestProblem("MALFORMED_JSON", what + " is not valid JSON" + where + ": more follows its JSON "
                    + "document, which must be all it holds", path);
        }
        if (detail.startsWith("Duplicate field")) {
            return new RequestProblem("DUPLICATE_KEY", what + " sends a key twice in one object" + where + ": " + detail, path);
        }
        return new RequestProblem("MALFORMED_JSON", what + " is not valid JSON" + where + ": " + detail, path);
    }

    /** Reads one JSON document with {@code mapper}; refused documents as {@link #of}. */
    public static JsonNode read(ObjectMapper mapper, String text, String prefix, String what) {
        return read(mapper, () -> mapper.createParser(text), prefix, what);
    }

    /**
     * Reads one JSON document (UTF-8) with {@code mapper}; refused documents as {@link #of}, and bytes that are no
     * UTF-8 (a character written overlong too, which Jackson would decode) as MALFORMED_JSON.
     */
    public static JsonNode read(ObjectMapper mapper, byte[] bytes, String prefix, String what) {
        int invalid = Utf8.firstInvalid(bytes);
        if (invalid >= 0) {
            throw new RequestProblem("MALFORMED_JSON", what + " is not UTF-8 text: byte " + invalid + " (0x"
                    + Integer.toHexString(bytes[invalid] & 0xFF).toUpperCase(java.util.Locale.ROOT)
                    + ") starts no character, or one written longer than UTF-8 allows", prefix);
        }
        return read(mapper, () -> mapper.createParser(bytes), prefix, what);
    }

    private interface Source {
        JsonParser open() throws IOException;
    }

    private static JsonNode read(ObjectMapper mapper, Source source, String prefix, String what) {
        JsonParser parser = null;
        try {
            parser = source.open();
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
     * A document read with {@link #read} bound to the record {@code type}: a value of the wrong type for
     * its field is {@code WRONG_TYPE} (or the field's own code, {@link Fields.Problem}; {@code INVALID_VALUE}
     * for a name that is none of an enum's) at its path under {@code prefix}; a field a {@link Fields.Closed}
     * record does not take is {@code UNKNOWN_FIELD}. Null for a JSON null.
     */
    public static <T> T bind(ObjectMapper mapper, JsonNode tree, Class<T> type, String prefix) {
        Fields.Closed closed = type.getAnnotation(Fields.Closed.class);
        try {
            if (closed != null) {
                return mapper.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(tree);
            }
            return mapper.treeToValue(tree, type);
        } catch (InvalidDefinitionException e) {
            throw new IllegalStateException("the request type " + type.getName() + " cannot be bound", e);
        } catch (UnrecognizedPropertyException e) {
            throw unknown(e, prefix, closed == null ? "" : closed.value());
        } catch (JsonMappingException e) {
            throw bound(e, prefix);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree could not be read as tokens", e);
        }
    }

    private static RuntimeException unknown(UnrecognizedPropertyException e, String prefix, String instead) {
        String path = FieldPath.join(prefix, pathOf(e.getPath()));
        String takes = e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        return new RequestProblem("UNKNOWN_FIELD", path + " cannot be sent here: this request takes only " + takes
                + (instead.isEmpty() ? "" : " (" + instead + ")"), path);
    }

    private static RuntimeException bound(JsonMappingException e, String prefix) {
        String path = FieldPath.join(prefix, pathOf(e.getPath()));
        if (e instanceof Fields.Problem f) {
            return new RequestProblem(f.code(), FieldPath.name(path) + " " + f.getOriginalMessage(), path);
        }
        if (e instanceof MismatchedInputException m) {
            Class<?> expected = m.getTargetType();
            if (expected != null && expected.isEnum()) {
                return new RequestProblem("INVALID_VALUE", FieldPath.name(path) + " must be one of "
                        + Arrays.stream(expected.getEnumConstants()).map(c -> ((Enum<?>) c).name()).sorted()
                        .collect(Collectors.joining(", ")), path);
            }
            return new RequestProblem("WRONG_TYPE", FieldPath.name(path) + " must be " + kind(expected), path);
        }
        return new IllegalStateException("a request could not be bound at " + path, e);
    }

    /** What a value bound to {@code type} must be, as a message says it. */
    private static String kind(Class<?> type) {
        if (type == null) {
            return "an object";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return CharSequence.class.isAssignableFrom(type) ? "text" : "an object";
    }

    /** The path Jackson gives a binding failure: {@code declaration.indicators[3].points}. */
    private static String pathOf(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /**
     * A number token the parser cannot hold (Jackson throws a bare NumberFormatException for an exponent
     * beyond int range, {@code 1e-2147483648}): {@code INVALID_VALUE} at its path.
     */
    public static RequestProblem number(JsonParser parser, String prefix, String what) {
        String path = FieldPath.join(prefix, pathOf(parser));
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

}
