package jixiao.web;

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
 * The service's own JSON codec: exact decimals in and out, every field written, nulls included. What
 * clients send is read by {@link #requests()}, bounded ({@link Limits}): nesting depth, string, number
 * and name lengths are refused by the parser itself, before any value is built, and a key sent twice in
 * one object is refused too (which one would count?). {@link #mapper()} reads and writes the service's
 * own documents (stored results may hold numbers longer than a client may send).
 */
@Singleton
public final class Json {
    /** Longest number in a stored document: values come from texts of at most {@link Limits#VALUE_CHARS}. */
    private static final int STORED_NUMBER_CHARS = 100_000;

    private final ObjectMapper mapper = configure(new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(STORED_NUMBER_CHARS).build())
            .build()));
    private final ObjectMapper requests = configure(new ObjectMapper(requestFactory()));

    private static ObjectMapper configure(ObjectMapper m) {
        return m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    private static JsonFactory requestFactory() {
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

    /** For the service's own documents: results, stored inputs, answers. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** For what clients send: bounded as {@link Limits} says. */
    public ObjectMapper requests() {
        return requests;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
