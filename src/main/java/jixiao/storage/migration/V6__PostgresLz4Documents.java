package jixiao.storage.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL built with lz4 only: the stored documents (an evaluation's result, about 40 KB for 40
 * indicators, and the bodies as sent) are compressed with lz4 instead of pglz when they are stored out of line.
 * pglz took about a third of the server's time in a bulk upload; lz4 compresses these JSON texts several times
 * faster, a little less tightly. Rows stored before keep their pglz, which PostgreSQL still reads. H2 and a
 * PostgreSQL without lz4 are left alone.
 */
public class V6__PostgresLz4Documents extends BaseJavaMigration {
    /** Table and column of each stored document. */
    private static final String[][] COLUMNS = {{"evaluation", "result_json"}, {"declaration", "body_json"},
        {"assessment", "body_json"}, {"declaration_review", "findings_json"}};

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!"PostgreSQL".equals(c.getMetaData().getDatabaseProductName()) || !hasLz4(c)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String[] column : COLUMNS) {
                s.execute("alter table " + column[0] + " alter column " + column[1] + " set compression lz4");
            }
        }
    }

    /** Whether this server was built with lz4: it is then one of the values default_toast_compression takes. */
    private static boolean hasLz4(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select 1 from pg_settings where name ="
                + " 'default_toast_compression' and 'lz4' = any(enumvals)")) {
            return r.next();
        }
    }
}
