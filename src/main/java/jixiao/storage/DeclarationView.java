package jixiao.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A stored declaration as the API shows it: its key fields, the account that stored it, the declaration
 * exactly as it was sent, and the findings of its target review when it was stored (absent for a declaration
 * stored before reviews were kept).
 */
record DeclarationView(String id, String subjectType, String unit, String name, int year, String scoringTable,
                       int indicatorCount, Instant createdAt, String createdBy, JsonNode declaration,
                       @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode findings) {

    static DeclarationView of(Store.Declaration d, Optional<String> findingsJson, StoredJson json) {
        return new DeclarationView(d.id(), d.subjectType(), d.unit(), d.name(), d.year(), d.scoringTable(),
                d.indicatorCount(), d.createdAt(), d.createdBy(), json.read(d.bodyJson()),
                findingsJson.map(json::read).orElse(null));
    }

    /** A declaration in a list: its key fields only. */
    record Summary(String id, String subjectType, String unit, String name, int year, String scoringTable,
                   int indicatorCount, Instant createdAt, String createdBy) {
        static Summary of(Store.Declaration d) {
            return new Summary(d.id(), d.subjectType(), d.unit(), d.name(), d.year(), d.scoringTable(),
                    d.indicatorCount(), d.createdAt(), d.createdBy());
        }
    }

    /** One page of a filtered list, newest first. */
    record Page(List<Summary> items, int page, int size, long total, long totalPages) {
        static Page of(Store.Page found) {
            return new Page(found.items().stream().map(Summary::of).toList(), found.page(), found.size(), found.total(),
                    (found.total() + found.size() - 1) / found.size());
        }
    }
}
