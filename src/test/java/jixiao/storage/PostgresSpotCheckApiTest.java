package jixiao.storage;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Spot checks on PostgreSQL, in a fresh schema, when JIXIAO_TEST_PG_URL names a database. */
@EnabledIfEnvironmentVariable(named = StorageHarness.PG_URL_VARIABLE, matches = ".+")
class PostgresSpotCheckApiTest extends SpotCheckApiContract {
    private String url;

    @Override
    String jdbcUrl() throws Exception {
        url = StorageHarness.freshPostgresSchema(System.getenv(StorageHarness.PG_URL_VARIABLE));
        return url;
    }

    @Override
    void dispose() throws Exception {
        StorageHarness.dropPostgresSchema(url);
    }
}
