package jixiao.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The service's JSON: exact decimals in and out, every field written, nulls included. What clients send
 * is read by {@link #requests()} — the framework's own mapper, which binds request bodies and writes the
 * answers — bounded ({@link Limits}): nesting depth, string, number and name lengths are refused by the
 * parser itself, before any value is built, and a key sent twice in one object is refused too (which one
 * would count?). {@link #mapper()} reads and writes the service's own stored documents (a stored result may
 * hold numbers longer than a client may send).
 */
@Singleton
public final class Json {
    /** Longest number in a stored document: values come from texts of at most {@link Limits#VALUE_CHARS}. */
    private static final int STORED_NUMBER_CHARS = 100_000;

    private final ObjectMapper mapper = decimals(new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(STORED_NUMBER_CHARS).build())
            .build()));
    private final ObjectMapper requests;

    /** In the service: the framework's mapper, set up by {@link ForClients} when the context creates it. */
    @Inject
    public Json(ObjectMapper requests) {
        this.requests = requests;
    }

    /** Outside the service (tools, tests): a client mapper of its own, set up as the service's is. */
    public Json() {
        this(forClients(new ObjectMapper().findAndRegisterModules()));
    }

    private static ObjectMapper decimals(ObjectMapper m) {
        return m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /**
     * Bounds {@code m} for what clients send and makes it write answers as the API shows them: exact
     * decimals written plainly, nulls and empty lists included, times as ISO-8601 text; a single value is
     * never taken for an array (nor an array of one for its value), unknown fields are ignored, and a document
     * read whole is all the text holds (anything after it but whitespace makes it malformed: {@code {…} xyz}).
     */
    public static ObjectMapper forClients(ObjectMapper m) {
        JsonFactory factory = m.getFactory();
        factory.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
                .maxStringLength(Limits.MAX_STRING_CHARS)
                .maxNumberLength(Limits.MAX_NUMBER_CHARS)
                .maxNameLength(Limits.MAX_NAME_CHARS)
                .build());
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return decimals(m)
                .setSerializationInclusion(JsonInclude.Include.ALWAYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** For the service's own documents: results, stored inputs. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** For what clients send (bounded as {@link Limits} says), and for the answers. */
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

    /** Sets up the framework's mapper (Micronaut's, which binds bodies and writes answers) for clients. */
    @Singleton
    static final class ForClients implements BeanCreatedEventListener<ObjectMapper> {
        @Override
        public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
            return forClients(event.getBean());
        }
    }
}
