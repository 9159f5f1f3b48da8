package jixiao.web;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How the scalar fields of a request are bound: each takes what a form may hold, as a client sends it
 * (a number where text is expected, a number as text), and refuses anything else with a {@link Problem}
 * that Jackson gives the field's path as it travels up. Every number has been bounded before binding
 * ({@link Limits#numbers}), so writing one out is cheap.
 */
public final class Fields {
    private Fields() {
    }

    /** Text; a number is taken as its plain digits ({@code 2026}, {@code 1e3} is {@code "1000"}). */
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = TextReader.class)
    public @interface Text {
    }

    /** A number, or a number sent as text of at most {@link Limits#MAX_NUMBER_CHARS} characters. */
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = DecimalReader.class)
    public @interface Decimal {
    }

    /** A whole number within int range ({@code 6}, not {@code 6.0} nor {@code "6"}). */
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = WholeReader.class)
    public @interface Whole {
    }

    /** {@code true} or {@code false}, nothing that might mean it. */
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = FlagReader.class)
    public @interface Flag {
    }

    /** One of an enum's constants by its exact name (a number is read as its text, never as an index). */
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonDeserialize(using = KindReader.class)
    public @interface Kind {
    }

    /**
     * On a request record: a field it does not take is refused ({@code UNKNOWN_FIELD}, naming the fields it
     * takes, and {@link #value} after them), not ignored as elsewhere: for requests where an ignored field would pass for
     * a change made ({@code {"password": …}} in an account's change).
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Closed {
        /** Said of the fields the request takes, after them: what they are, where the others are sent instead. */
        String value() default "";
    }

    /** A field that cannot be bound: its error code and what is wrong, its path filled in by Jackson. */
    static final class Problem extends JsonMappingException {
        private final String code;

        Problem(JsonParser p, String code, String detail) {
            super(p, detail);
            this.code = code;
        }

        static Problem wrongType(JsonParser p, String detail) {
            return new Problem(p, "WRONG_TYPE", detail);
        }

        String code() {
            return code;
        }
    }

    static String text(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t != null && t.isNumeric()) {
            return p.getDecimalValue().toPlainString();
        }
        throw Problem.wrongType(p, "must be text");
    }

    static final class TextReader extends StdScalarDeserializer<String> {
        TextReader() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return text(p);
        }
    }

    static final class DecimalReader extends StdScalarDeserializer<BigDecimal> {
        DecimalReader() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t.isNumeric()) {
                return p.getDecimalValue();
            }
            if (t == JsonToken.VALUE_STRING && p.getTextLength() <= Limits.MAX_NUMBER_CHARS) {
                try {
                    return new BigDecimal(p.getText().strip());
                } catch (NumberFormatException e) {
                    // refused below
                }
            }
            throw Problem.wrongType(p, "must be a number");
        }
    }

    static final class WholeReader extends StdScalarDeserializer<Integer> {
        WholeReader() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                return p.getIntValue();
            }
            throw Problem.wrongType(p, "must be a whole number");
        }
    }

    static final class FlagReader extends StdScalarDeserializer<Boolean> {
        FlagReader() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return t == JsonToken.VALUE_TRUE;
            }
            throw Problem.wrongType(p, "must be true or false");
        }
    }

    /** Made for each enum field it is put on ({@link #createContextual}), knowing that field's constants. */
    static final class KindReader extends JsonDeserializer<Enum<?>> implements ContextualDeserializer {
        private final Enum<?>[] constants;

        KindReader() {
            this(new Enum<?>[0]);
        }

        private KindReader(Enum<?>[] constants) {
            this.constants = constants;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            if (property == null) {
                return this;
            }
            Class<?> type = property.getType().getRawClass();
            return new KindReader((Enum<?>[]) type.getEnumConstants());
        }

        @Override
        public Enum<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String v = text(p);
            for (Enum<?> c : constants) {
                if (c.name().equals(v)) {
                    return c;
                }
            }
            String shown = v.length() > 40 ? v.substring(0, 40) + "…" : v;
            throw new Problem(p, "INVALID_VALUE", "'" + shown + "' is not one of " + Arrays.stream(constants)
                    .map(Enum::name).sorted().collect(Collectors.joining(", ")));
        }
    }
}
