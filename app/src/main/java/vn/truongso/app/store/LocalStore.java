package vn.truongso.app.store;

import static vn.truongso.app.store.schema.Tables.LOCAL_SETTING;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import vn.truongso.core.ids.Ids;

/**
 * The local store: one AES-encrypted H2 file in the data folder, its schema migrated by Flyway on open. Every write
 * goes through {@link #write}, one transaction that is on disk when it returns (WRITE_DELAY=0), so a teacher's
 * accepted cell survives the PC being switched off the moment after.
 */
public final class LocalStore implements AutoCloseable {
    public static final String DATABASE_NAME = "truongso";
    /** The highest migration in db/migration; MigrationsTest keeps the two in step. */
    public static final String SCHEMA_VERSION = "2";
    /** The local_setting that holds this PC's identity. */
    public static final String DEVICE_ID_SETTING = "device_id";
    private static final String USER = "truongso";

    private final Path dataDir;
    private final JdbcConnectionPool pool;
    private final DSLContext db;
    private final Clock clock;
    private volatile UUID deviceId;

    private LocalStore(Path dataDir, JdbcConnectionPool pool, Clock clock) {
        this.dataDir = dataDir;
        this.pool = pool;
        this.clock = clock;
        this.db = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
        this.deviceId = loadOrCreateDeviceId();
    }

    public static LocalStore open(Path dataDir, Clock clock) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir, e);
        }
        // jOOQ's first query spends ~0.5 s initialising classes: do that on another core while H2 opens the file.
        Thread warmUp = new Thread(LocalStore::warmUpJooq, "jooq-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        String key = StoreKey.loadOrCreate(dataDir);
        // H2 takes "<file password> <user password>"; both come from the key file. TRACE_LEVEL_FILE=0: H2's trace
        // file is plain text and would hold the SQL (and so student data) of any failed statement. COMPRESS=TRUE: pages
        // are LZF-compressed before they are encrypted; sync states are repetitive JSON (the demo school's store is
        // 8.6 MB instead of 43 MB), and fewer bytes to encrypt costs no more time than it saves. LOCK_TIMEOUT=10000 (H2's
        // default is 2 s): a save waits for a sync page being applied (both take the replica's lock) rather than fail.
        String url = "jdbc:h2:file:" + dataDir.resolve(DATABASE_NAME).toAbsolutePath()
                + ";CIPHER=AES;COMPRESS=TRUE;LOCK_TIMEOUT=10000;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, key + " " + key);
        try {
            checkOpens(pool, dataDir);
            if (!schemaIsCurrent(pool)) {
                // No ignore patterns: an older app must refuse a store a newer app has migrated, not write into it.
                Flyway.configure().dataSource(pool).locations("classpath:db/migration").ignoreMigrationPatterns(new String[0])
                        .load().migrate();
            }
            return new LocalStore(dataDir, pool, clock);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** Turns the two failures a school PC really meets into reasons the app can explain. */
    private static void checkOpens(JdbcConnectionPool pool, Path dataDir) {
        try (Connection ignored = pool.getConnection()) {
            // opened: nothing to explain
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StoreOpenException(StoreOpenException.Reason.IN_USE,
                        "The store in " + dataDir + " is open in another Trường Số window", e);
            }
            if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1 || e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw new StoreOpenException(StoreOpenException.Reason.WRONG_KEY,
                        "The key in " + dataDir.resolve(StoreKey.FILE_NAME) + " does not open this store", e);
            }
            throw new IllegalStateException("Cannot open the store in " + dataDir, e);
        }
    }

    /**
     * Whether the last successful migration is this build's newest. Flyway's own check scans the classpath and takes
     * a third of a second at every start; this one query is enough when nothing is pending. A store from a newer
     * version of the app is left alone here and refused by Flyway's validation below.
     */
    private static boolean schemaIsCurrent(JdbcConnectionPool pool) {
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet history = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
            if (!history.next() || history.getInt(1) == 0) {
                return false;  // a new store
            }
            try (ResultSet last = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                    + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                return last.next() && SCHEMA_VERSION.equals(last.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the store's schema version", e);
        }
    }

    private static void warmUpJooq() {
        DSL.using(SQLDialect.H2).selectFrom(vn.truongso.app.store.schema.Tables.ASSESSMENT)
                .where(vn.truongso.app.store.schema.Tables.ASSESSMENT.ID.eq(new UUID(0, 0))).getSQL();
    }

    /** Reads outside a transaction of ours (each statement sees committed data). */
    public DSLContext db() {
        return db;
    }

    /** Runs {@code work} in one transaction: all of it is committed and on disk, or none of it. */
    public <T> T write(Function<DSLContext, T> work) {
        return db.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    public Clock clock() {
        return clock;
    }

    /** This PC's identity in change records and history. */
    public UUID deviceId() {
        return deviceId;
    }

    /** Reads this PC's identity again, after a committed transaction replaced it (enrolment). */
    public void reloadDeviceId() {
        deviceId = loadOrCreateDeviceId();
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isEmpty() {
        return db.fetchCount(vn.truongso.app.store.schema.Tables.SCHOOL) == 0;
    }

    private UUID loadOrCreateDeviceId() {
        return write(tx -> {
            String existing = tx.select(LOCAL_SETTING.SETTING_VALUE).from(LOCAL_SETTING)
                    .where(LOCAL_SETTING.NAME.eq(DEVICE_ID_SETTING)).fetchOne(LOCAL_SETTING.SETTING_VALUE);
            if (existing != null) {
                return UUID.fromString(existing);
            }
            UUID created = Ids.newId(clock.millis());
            tx.insertInto(LOCAL_SETTING).set(LOCAL_SETTING.NAME, DEVICE_ID_SETTING)
                    .set(LOCAL_SETTING.SETTING_VALUE, created.toString()).execute();
            return created;
        });
    }

    @Override
    public void close() {
        // H2 closes the database (and compacts it) when the pool's last connection closes.
        pool.dispose();
    }
}
