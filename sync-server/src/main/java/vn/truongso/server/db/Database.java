package vn.truongso.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.truongso.server.config.ServerConfig;

/**
 * The server's database: a HikariCP pool over H2 or PostgreSQL, migrated by Flyway on open, used through jOOQ.
 * The jOOQ classes are generated from H2 (upper-case names); names are rendered unquoted, so H2 folds them to upper
 * case and PostgreSQL to lower case and both find the tables the same migrations made.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String MIGRATIONS = "classpath:db/server";

    private final HikariDataSource pool;
    private final SQLDialect dialect;
    private final DSLContext dsl;

    private Database(HikariDataSource pool, SQLDialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
        this.dsl = DSL.using(pool, dialect, new Settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withRenderSchema(false)
                .withExecuteLogging(false));
    }

    /** Opens the pool and brings the schema up to date. */
    public static Database open(ServerConfig config) {
        String url = config.effectiveJdbcUrl();
        SQLDialect dialect = SqlDialects.forJdbcUrl(url);
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("truongso-db");
        hikari.setJdbcUrl(url);
        String user = config.jdbcUser().isBlank() && dialect == SQLDialect.H2 ? "sa" : config.jdbcUser();
        if (!user.isBlank()) {
            hikari.setUsername(user);
        }
        hikari.setPassword(config.jdbcPassword());
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setAutoCommit(true);
        // One attempt at start: a database that is not there is a clear error now, not a pool that keeps trying.
        hikari.setInitializationFailTimeout(1);
        hikari.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            String reason = rootMessage(e);
            if (dialect == SQLDialect.H2 && reason != null
                    && (reason.contains("is locked") || reason.contains("already in use"))) {
                reason = "the H2 file is open in another process (a running server?). H2 admits one process at a "
                        + "time: stop the server first, or run it on PostgreSQL";
            }
            throw new DatabaseUnavailableException("cannot open the database at " + redacted(url) + ": " + reason, e);
        }
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        LOG.info("event=database_open dialect={} url={}", dialect, redacted(url));
        return new Database(pool, dialect);
    }

    static void migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate();
        if (result.migrationsExecuted > 0) {
            // After an upgrade, the operator's one sign in the journal that the new version moved the schema on.
            LOG.info("event=database_migrated from={} to={} migrations={}",
                    result.initialSchemaVersion == null ? "empty" : result.initialSchemaVersion,
                    result.targetSchemaVersion, result.migrationsExecuted);
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Whether the database answers now (for /health): a pooled connection that validates within two seconds. */
    public boolean isUp() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("event=database_down reason={}", rootMessage(e));
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    /** The URL without any password given in it. */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1…");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
