package jixiao.storage;

import io.micronaut.context.annotation.Context;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import jixiao.accounts.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Declarations stored before accounts existed have no {@code unit_key} (the unit as units are compared, see
 * {@link Actor#unitKey}); the key is computed in Java, so it is filled here at start-up, once, in batches,
 * before the server takes requests. New declarations get it as they are stored.
 */
@Context
final class UnitKeys {
    private static final Logger LOG = LoggerFactory.getLogger(UnitKeys.class);
    private static final int BATCH = 1000;

    UnitKeys(TransactionOperations<Connection> tx) {
        long filled = 0;
        int done;
        do {
            done = tx.executeWrite(s -> fill(s.getConnection()));
            filled += done;
        } while (done == BATCH);
        if (filled > 0) {
            LOG.info("filled the unit key of {} declarations stored before accounts", filled);
        }
    }

    private static int fill(Connection c) {
        record Row(String id, String unit) {
        }
        try (PreparedStatement select = c.prepareStatement(
                "select id, subject_unit from declaration where unit_key is null limit " + BATCH);
             PreparedStatement update = c.prepareStatement("update declaration set unit_key = ? where id = ?")) {
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2)));
                }
            }
            for (Row r : rows) {
                update.setString(1, Actor.unitKey(r.unit()));
                update.setString(2, r.id());
                update.addBatch();
            }
            if (!rows.isEmpty()) {
                update.executeBatch();
            }
            return rows.size();
        } catch (SQLException e) {
            throw new Store.StoreException(e);
        }
    }
}
