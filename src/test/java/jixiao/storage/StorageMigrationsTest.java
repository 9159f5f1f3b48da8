package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** The database-specific migrations (jixiao.storage.migration) as the service applies them at start. */
class StorageMigrationsTest {
    /** One query's first column, as strings, run on a connection of the service's pool. */
    private static List<String> query(StorageHarness app, String sql) {
        return app.bean(Store.class).write(c -> {
            try (ResultSet r = c.createStatement().executeQuery(sql)) {
                List<String> values = new ArrayList<>();
                while (r.next()) {
                    values.add(r.getString(1));
                }
                return values;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void onH2TheEvaluationSequenceHandsOutValuesFromACacheOfAThousand(@TempDir Path dir) {
        try (StorageHarness app = new StorageHarness(StorageHarness.h2File(dir))) {
            assertEquals(List.of("1000"), query(app, "select identity_cache from information_schema.columns"
                    + " where table_name = 'evaluation' and column_name = 'created_seq'"));
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = StorageHarness.PG_URL_VARIABLE, matches = ".+")
    void onPostgresTheStoredDocumentsAreCompressedWithLz4AndTheSequenceKeepsItsDefault() throws Exception {
        String url = StorageHarness.freshPostgresSchema(System.getenv(StorageHarness.PG_URL_VARIABLE));
        try (StorageHarness app = new StorageHarness(url)) {
            List<String> lz4 = query(app, "select 'lz4' from pg_settings where name = 'default_toast_compression'"
                    + " and 'lz4' = any(enumvals)");
            String expected = lz4.isEmpty() ? "" : "l";  // a server built without lz4 keeps its default
            assertEquals(List.of(expected, expected, expected, expected), query(app, "select attcompression from"
                    + " pg_attribute where attrelid in ('evaluation'::regclass, 'declaration'::regclass,"
                    + " 'assessment'::regclass, 'declaration_review'::regclass) and attname in ('result_json',"
                    + " 'body_json', 'findings_json') order by attrelid::regclass::text, attname"));
            assertEquals(List.of("1"), query(app, "select s.cache_size from pg_sequences s"
                    + " where s.schemaname = current_schema() and s.sequencename like 'evaluation_created_seq%'"));
        } finally {
            StorageHarness.dropPostgresSchema(url);
        }
    }
}
