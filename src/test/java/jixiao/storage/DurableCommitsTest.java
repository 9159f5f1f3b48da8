package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On H2 every commit is written before it returns (WRITE_DELAY 0), whatever delay the datasource URL asks for. */
class DurableCommitsTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultH2UrlRunsWithoutAWriteDelay() throws Exception {
        try (StorageHarness app = new StorageHarness(StorageHarness.h2File(dir))) {
            assertEquals("0", app.h2Setting("WRITE_DELAY"));
        }
    }

    @Test
    void aWriteDelayInTheOperatorsUrlIsReplacedByZero() throws Exception {
        try (StorageHarness app = new StorageHarness(StorageHarness.h2File(dir) + ";write_delay = 500")) {
            assertEquals("0", app.h2Setting("WRITE_DELAY"));
        }
    }

    @Test
    void aWriteDelayAmongTheDriversPropertiesIsDropped() throws Exception {
        try (StorageHarness app = new StorageHarness(StorageHarness.h2File(dir),
                Map.of("datasources.default.data-source-properties.WRITE_DELAY", "500"))) {
            assertEquals("0", app.h2Setting("WRITE_DELAY"));
        }
    }

    @Test
    void aDelayPersistedInTheDatabaseByAnEarlierRunIsOverriddenAtStartUp() throws Exception {
        String url = StorageHarness.h2File(dir);
        try (Connection c = java.sql.DriverManager.getConnection(url + ";WRITE_DELAY=1000", "sa", "")) {
            c.createStatement().execute("SET WRITE_DELAY 2000");
        }
        try (StorageHarness app = new StorageHarness(url)) {
            assertEquals("0", app.h2Setting("WRITE_DELAY"));
        }
    }

    @Test
    void onlyTheWriteDelayOfTheUrlChanges() {
        assertEquals("jdbc:h2:file:./data/jixiao;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0",
                DurableCommits.durable("jdbc:h2:file:./data/jixiao;MODE=PostgreSQL;Write_Delay=500;DATABASE_TO_LOWER=TRUE"));
        assertEquals(false, DurableCommits.isH2("jdbc:postgresql://127.0.0.1:5432/test"));
    }
}
