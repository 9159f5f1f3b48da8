package jixiao.storage;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.TypeConverter;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import jixiao.web.NotFound;

/**
 * Ids in a path, bound as their types: the store makes them as UUIDs, so anything else (non-numeric junk,
 * a huge string) names nothing and is a 404 at once, before a query and before the body is read.
 */
final class StoredIds {
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private StoredIds() {
    }

    static boolean wellFormed(String id) {
        return id != null && id.length() == 36 && UUID.matcher(id).matches();
    }

    private static <T> Optional<T> convert(String kind, String id, Function<String, T> type, ConversionContext context) {
        if (wellFormed(id)) {
            return Optional.of(type.apply(id));
        }
        String shown = id == null ? "" : id.length() > 40 ? id.substring(0, 40) + "…" : id;
        context.reject(id, new NotFound(kind, shown, "id"));
        return Optional.empty();
    }

    @Singleton
    static final class DeclarationIds implements TypeConverter<String, DeclarationId> {
        @Override
        public Optional<DeclarationId> convert(String id, Class<DeclarationId> target, ConversionContext context) {
            return StoredIds.convert("declaration", id, DeclarationId::new, context);
        }
    }

    @Singleton
    static final class EvaluationIds implements TypeConverter<String, EvaluationId> {
        @Override
        public Optional<EvaluationId> convert(String id, Class<EvaluationId> target, ConversionContext context) {
            return StoredIds.convert("evaluation", id, EvaluationId::new, context);
        }
    }
}
