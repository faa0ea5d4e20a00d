package vn.truongso.server.db;

import org.jooq.SQLDialect;
import vn.truongso.server.config.ConfigException;

/** The jOOQ dialect for a JDBC URL: the server runs on H2 (one box) or PostgreSQL (a province), nothing else. */
public final class SqlDialects {
    private SqlDialects() {}

    public static SQLDialect forJdbcUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        throw new ConfigException("unsupported database URL (use jdbc:h2:… or jdbc:postgresql:…): "
                + jdbcUrl.replaceAll("password=[^&;]*", "password=…"));
    }
}
