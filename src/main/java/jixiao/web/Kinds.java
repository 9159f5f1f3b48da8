package jixiao.web;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.TypeConverter;
import jakarta.inject.Singleton;
import java.util.Optional;
import jixiao.scoring.Period;

/**
 * Kinds in query and path parameters ({@code ?period=HALF_YEAR}, {@code ?subjectType=PROJECT}) by their exact
 * names, as in a body ({@link Fields.Kind}): the framework's own conversion would take {@code half_year} too.
 */
final class Kinds {
    private Kinds() {
    }

    /** The constant named {@code name}; an empty parameter ({@code ?period=}) is none, as if not sent. */
    private static <E extends Enum<E>> Optional<E> exact(Class<E> type, String name, ConversionContext context) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return Optional.of(e);
            }
        }
        context.reject(name, new IllegalArgumentException("'" + name + "' is not a " + type.getSimpleName()));
        return Optional.empty();
    }

    @Singleton
    static final class Periods implements TypeConverter<String, Period> {
        @Override
        public Optional<Period> convert(String name, Class<Period> target, ConversionContext context) {
            return exact(Period.class, name, context);
        }
    }

    @Singleton
    static final class SubjectTypes implements TypeConverter<String, SubjectType> {
        @Override
        public Optional<SubjectType> convert(String name, Class<SubjectType> target, ConversionContext context) {
            return exact(SubjectType.class, name, context);
        }
    }
}
