package jixiao.assessment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.inject.Singleton;

/**
 * The service's own JSON codec: exact decimals in and out, every field written, nulls included. Reading
 * is bounded ({@link Limits}): nesting depth, string, number and name lengths are refused by the parser
 * itself, before any value is built; a key sent twice in one object is refused too (which one counts?).
 */
@Singleton
public final class Json {
    private final ObjectMapper mapper = new ObjectMapper(factory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    static JsonFactory factory() {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
                        .maxStringLength(Limits.MAX_STRING_CHARS)
                        .maxNumberLength(Limits.MAX_NUMBER_CHARS)
                        .maxNameLength(Limits.MAX_NAME_CHARS)
                        .build())
                .build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return factory;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
