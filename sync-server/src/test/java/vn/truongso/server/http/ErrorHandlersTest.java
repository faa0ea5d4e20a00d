package vn.truongso.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** Which failures mean "overloaded, come back later" (503 with Retry-After) rather than a fault (500). */
class ErrorHandlersTest {
    @Test
    void aRequestThatWaitedTooLongForAConnectionIsTheServerBeingBusy() {
        // What jOOQ throws when HikariCP's connectionTimeout passes with every connection in use.
        DataAccessException poolTimeout = new DataAccessException("Error getting connection from data source",
                new SQLTransientConnectionException("truongso-db - Connection is not available, request timed out"));

        assertThat(ErrorHandlers.waitedForConnection(poolTimeout)).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreFaults() {
        assertThat(ErrorHandlers.waitedForConnection(new DataAccessException("duplicate key",
                new SQLException("duplicate key value violates unique constraint")))).isFalse();
        assertThat(ErrorHandlers.waitedForConnection(new IllegalStateException("a bug"))).isFalse();
    }
}
