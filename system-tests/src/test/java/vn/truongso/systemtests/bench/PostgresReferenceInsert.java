package vn.truongso.systemtests.bench;

import static vn.truongso.server.db.schema.Tables.CHANGE_LOG;
import static vn.truongso.server.db.schema.Tables.ROW_STATE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;

/**
 * The reference for the many-schools benchmark: the very rows the pushes left — their change-log entries and the
 * grade cells' row states — inserted again with plain JDBC into tables made {@code LIKE} the server's (same columns,
 * keys and indexes) in the same PostgreSQL: one connection, one prepared INSERT per table, batches of {@link #BATCH}
 * rows, each batch committed. No checks, no merge, no JSON: what the database itself can take.
 */
final class PostgresReferenceInsert {
    static final int BATCH = 1_000;

    private final Result<? extends Record> log;
    private final Result<? extends Record> states;

    private PostgresReferenceInsert(Result<? extends Record> log, Result<? extends Record> states) {
        this.log = log;
        this.states = states;
    }

    /** Reads the rows the given devices' pushes left (their log entries, and their schools' grade cells). */
    static PostgresReferenceInsert ofRowsLeftBy(DSLContext db, List<UUID> devices, List<UUID> schools) {
        return new PostgresReferenceInsert(
                db.selectFrom(CHANGE_LOG).where(CHANGE_LOG.DEVICE_ID.in(devices))
                        .orderBy(CHANGE_LOG.SCHOOL_ID, CHANGE_LOG.SERVER_SEQ).fetch(),
                db.selectFrom(ROW_STATE).where(ROW_STATE.ENTITY.eq("assessment").and(ROW_STATE.SCHOOL_ID.in(schools)))
                        .orderBy(ROW_STATE.SCHOOL_ID, ROW_STATE.ROW_SEQ).fetch());
    }

    int rows() {
        return log.size() + states.size();
    }

    /** Inserts the rows into fresh copies of the tables; returns the nanoseconds of the inserts and commits. */
    long insertInto(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            recreate(connection, CHANGE_LOG);
            recreate(connection, ROW_STATE);
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            insert(connection, CHANGE_LOG, log);
            insert(connection, ROW_STATE, states);
            long nanos = System.nanoTime() - start;
            connection.setAutoCommit(true);
            drop(connection, CHANGE_LOG);
            drop(connection, ROW_STATE);
            return nanos;
        }
    }

    private static void recreate(Connection connection, Table<?> table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + copy(table));
            statement.execute("CREATE TABLE " + copy(table) + " (LIKE " + table.getName() + " INCLUDING ALL)");
        }
    }

    private static void drop(Connection connection, Table<?> table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + copy(table));
        }
    }

    private static String copy(Table<?> table) {
        return "reference_" + table.getName();
    }

    private static void insert(Connection connection, Table<?> table, Result<? extends Record> rows)
            throws SQLException {
        Field<?>[] columns = table.fields();
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(copy(table)).append(" (");
        for (int i = 0; i < columns.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(columns[i].getName());
        }
        sql.append(") VALUES (").append("?, ".repeat(columns.length - 1)).append("?)");
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int inBatch = 0;
            for (Record row : rows) {
                for (int i = 0; i < columns.length; i++) {
                    insert.setObject(i + 1, row.get(columns[i]));
                }
                insert.addBatch();
                if (++inBatch == BATCH) {
                    insert.executeBatch();
                    connection.commit();
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                insert.executeBatch();
                connection.commit();
            }
        }
    }
}
