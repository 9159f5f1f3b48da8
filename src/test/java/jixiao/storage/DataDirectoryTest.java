package jixiao.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import jixiao.accounts.TestLogins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JIXIAO_DATA_DIR holds the embedded database and the generated signing secret. */
class DataDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void thePackagedUrlIsPointedAtTheDataFolder() {
        assertEquals("jdbc:h2:file:/srv/jixiao/jixiao;MODE=PostgreSQL;WRITE_DELAY=0",
                DataDirectory.in("jdbc:h2:file:./data/jixiao;MODE=PostgreSQL;WRITE_DELAY=0", "/srv/jixiao/"));
    }

    @Test
    void theDatabaseAndTheSecretAreInTheDataFolder() throws Exception {
        Map<String, Object> p = new HashMap<>(TestLogins.properties(dir.resolve("d").toString()));
        p.put("micronaut.server.port", -1);
        // the packaged URL (tests otherwise run on an in-memory H2) and no secret given: one is generated
        p.put("datasources.default.url", DataDirectory.PACKAGED
                + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        p.put("jixiao.accounts.jwt-secret", "");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, p)) {
            assertEquals(200, TestLogins.login(server.getURL().toString(), TestLogins.ADMIN, TestLogins.ADMIN_PASSWORD)
                    .statusCode());
        }
        assertTrue(Files.exists(dir.resolve("d/jixiao.mv.db")));
        assertTrue(Files.exists(dir.resolve("d/jwt-secret")));
    }
}
