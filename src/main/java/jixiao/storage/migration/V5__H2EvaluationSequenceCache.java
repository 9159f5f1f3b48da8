package jixiao.storage.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On H2 only: the identity of {@code evaluation.created_seq} hands out values from a cache of 1 000 instead of
 * H2's 32. H2 records a sequence's next value by committing it on a session of its own whenever its cache runs
 * out, and with every commit written to the file (WRITE_DELAY 0, see "What a 201 promises") that was a chunk
 * write every 32 evaluations: more than the group commits of a bulk upload wrote themselves. A crash now skips
 * up to 1 000 values; the order of the values, which orders evaluations, is kept (H2's cache is one per sequence).
 * PostgreSQL is left alone: its cache is per connection and would interleave the values of two connections.
 */
public class V5__H2EvaluationSequenceCache extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("alter table evaluation alter column created_seq set cache 1000");
        }
    }
}
