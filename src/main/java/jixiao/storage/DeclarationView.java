package jixiao.storage;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A stored declaration as the API shows it: its key fields, the account that stored it, and the declaration
 * exactly as it was sent.
 */
record DeclarationView(String id, String subjectType, String unit, String name, int year, String scoringTable,
                       int indicatorCount, Instant createdAt, String createdBy, JsonNode declaration) {

    static DeclarationView of(Store.Declaration d, StoredJson json) {
        return new DeclarationView(d.id(), d.subjectType(), d.unit(), d.name(), d.year(), d.scoringTable(),
                d.indicatorCount(), d.createdAt(), d.createdBy(), json.read(d.bodyJson()));
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
