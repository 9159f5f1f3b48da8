package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The service's PostgreSQL connections send JDBC batches as multi-row INSERTs, unless the URL says otherwise. */
@EnabledIfEnvironmentVariable(named = StorageHarness.PG_URL_VARIABLE, matches = ".+")
class PostgresBatchesTest {
    /** Whether a batch of two rows went as one statement: the driver then answers no count per row. */
    private static boolean rewrites(String url) throws Exception {
        try (StorageHarness app = new StorageHarness(url)) {
            return app.bean(Store.class).write(c -> {
                try (PreparedStatement ps = c.prepareStatement("insert into batched (n) values (?)")) {
                    c.createStatement().execute("create temporary table batched (n integer)");
                    for (int n = 0; n < 2; n++) {
                        ps.setInt(1, n);
                        ps.addBatch();
                    }
                    return ps.executeBatch()[0] == Statement.SUCCESS_NO_INFO;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @Test
    void batchedInsertsAreRewrittenByDefaultAndAnOperatorsChoiceIsKept() throws Exception {
        String url = StorageHarness.freshPostgresSchema(System.getenv(StorageHarness.PG_URL_VARIABLE));
        try {
            assertTrue(rewrites(url));
            assertFalse(rewrites(url + "&reWriteBatchedInserts=false"));
        } finally {
            StorageHarness.dropPostgresSchema(url);
        }
    }

    @Test
    void onlyPostgresUrlsAreConcerned() {
        assertTrue(PostgresBatches.isPostgres("jdbc:postgresql://127.0.0.1:5432/test"));
        assertFalse(PostgresBatches.isPostgres("jdbc:h2:file:./data/jixiao"));
    }
}
