package jixiao.web;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import jixiao.indicator.Normaliser;
import jixiao.indicator.Op;
import jixiao.scoring.Inputs;

/**
 * A target, half-year target or actual as a client sends it: the text of the form ({@code "≥95%"}), a
 * number, or a structured object ({@code {"op": ">=", "value": 95, "unit": "%"}}, {@code {"term": "健全"}}).
 */
@JsonDeserialize(using = ValueRequest.Reader.class)
@Schema(description = "表格原文（如 \"≥95%\"）、数字或结构化对象 / the form's text, a number, or a structured value",
        oneOf = {String.class, BigDecimal.class, ValueRequest.Structured.class})
public sealed interface ValueRequest {
    record Text(String text) implements ValueRequest {
    }

    record Number(BigDecimal value) implements ValueRequest {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonDeserialize(using = JsonDeserializer.None.class)
    record Structured(@Fields.Text String op, @Fields.Decimal BigDecimal value, @Fields.Decimal BigDecimal low,
                      @Fields.Decimal BigDecimal high, @Fields.Text String unit, @Fields.Text String term)
            implements ValueRequest {
    }

    /** The value to score, checked at {@code path}; null when none was sent. */
    static Inputs.ValueSpec read(ValueRequest v, String path) {
        if (v == null) {
            return null;
        }
        if (v instanceof Text t) {
            return new Inputs.ValueSpec.Text(Limits.length(t.text(), Limits.VALUE_CHARS, path));
        }
        if (v instanceof Number n) {
            return new Inputs.ValueSpec.Text(Limits.value(n.value(), path).toPlainString());
        }
        return structured((Structured) v, path);
    }

    /** {@link #read} of the field {@code field} under {@code at} (a path ending in "."): no path written for no value. */
    static Inputs.ValueSpec read(ValueRequest v, String at, String field) {
        return v == null ? null : read(v, at + field);
    }

    /** A value with no content: absent, or text that normalises to empty (scoring.md §1.1). */
    static boolean isEmpty(Inputs.ValueSpec value) {
        return value == null
                || value instanceof Inputs.ValueSpec.Text t && Normaliser.isEmpty(Normaliser.normalise(t.text()));
    }

    private static Inputs.ValueSpec structured(Structured s, String path) {
        String at = path + ".";
        String term = Limits.length(s.term(), Limits.VALUE_CHARS, at, "term");
        String opText = Limits.length(s.op(), Limits.UNIT_CHARS, at, "op");
        String unit = Limits.length(s.unit(), Limits.UNIT_CHARS, at, "unit");
        if (term != null) {
            return new Inputs.ValueSpec.Structured(null, null, null, null, null, term);
        }
        Op op = opText == null ? null : Op.fromText(opText).orElseThrow(() -> Limits.invalid(
                at + "op '" + opText + "' is not one of >=, <=, >, <, =, BETWEEN (or ≥, ≤)", at + "op"));
        if (op == Op.BETWEEN) {
            BigDecimal low = bounded(s.low(), at, "low");
            BigDecimal high = bounded(s.high(), at, "high");
            if (low == null || high == null) {
                throw new RequestProblem("MISSING_FIELD", path + " with op BETWEEN needs low and high",
                        at + (low == null ? "low" : "high"));
            }
            if (low.compareTo(high) > 0) {
                throw Limits.invalid(at + "low must not exceed high", at + "low");
            }
            return new Inputs.ValueSpec.Structured(op, null, low, high, unit, null);
        }
        BigDecimal value = bounded(s.value(), at, "value");
        if (value == null) {
            throw new RequestProblem("MISSING_FIELD", path + " needs a value (or a term)", at + "value");
        }
        return new Inputs.ValueSpec.Structured(op, value, null, null, unit, null);
    }

    private static BigDecimal bounded(BigDecimal x, String at, String field) {
        return x == null ? null : Limits.value(x, at, field);
    }

    /** Text, a number, or an object; anything else (true, an array) is the wrong type. */
    final class Reader extends StdDeserializer<ValueRequest> {
        Reader() {
            super(ValueRequest.class);
        }

        @Override
        public ValueRequest deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING) {
                return new Text(p.getText());
            }
            if (t.isNumeric()) {
                return new Number(p.getDecimalValue());
            }
            if (t == JsonToken.START_OBJECT) {
                return ctxt.readValue(p, Structured.class);
            }
            throw Fields.Problem.wrongType(p, "must be text, a number or an object");
        }
    }
}
