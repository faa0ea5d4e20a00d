package vn.truongso.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.truongso.server.db.schema.Tables.CHANGE_LOG;
import static vn.truongso.server.db.schema.Tables.QUARANTINE;
import static vn.truongso.server.db.schema.Tables.ROW_STATE;
import static vn.truongso.server.db.schema.Tables.SCHOOL;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import vn.truongso.server.config.ConfigException;
import vn.truongso.server.school.School;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.OnBothDatabases;
import vn.truongso.server.testing.TestServer;

/** The one set of migrations gives both databases the same tables, types and constraints. */
class DatabaseTest {

    @OnBothDatabases
    void theDialectFollowsTheUrl(TestServer server, DatabaseKind kind) {
        assertThat(server.context().database().dialect())
                .isEqualTo(kind == DatabaseKind.H2 ? SQLDialect.H2 : SQLDialect.POSTGRES);
    }

    @OnBothDatabases
    void syncTablesKeepUuidsTextNumbersAndTimesExactly(TestServer server) {
        DSLContext dsl = server.context().database().dsl();
        School school = server.newSchool();
        UUID change = UUID.randomUUID();
        UUID row = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String bigJson = "{\"v\":\"" + "ă".repeat(200_000) + "\"}";

        dsl.insertInto(ROW_STATE).set(ROW_STATE.ENTITY, "student").set(ROW_STATE.ROW_ID, row)
                .set(ROW_STATE.SCHOOL_ID, school.id()).set(ROW_STATE.STATE_JSON, bigJson)
                .set(ROW_STATE.ROW_SEQ, Long.MAX_VALUE).execute();
        dsl.insertInto(CHANGE_LOG).set(CHANGE_LOG.SCHOOL_ID, school.id()).set(CHANGE_LOG.SERVER_SEQ, 1L)
                .set(CHANGE_LOG.CHANGE_ID, change).set(CHANGE_LOG.DEVICE_ID, UUID.randomUUID())
                .set(CHANGE_LOG.DEVICE_SEQ, 1L).set(CHANGE_LOG.ENTITY, "student").set(CHANGE_LOG.ROW_ID, row)
                .set(CHANGE_LOG.CHANGE_JSON, "{}").set(CHANGE_LOG.ACCEPTED_AT, at).execute();
        dsl.insertInto(QUARANTINE).set(QUARANTINE.CHANGE_ID, UUID.randomUUID()).set(QUARANTINE.SCHOOL_ID, school.id())
                .set(QUARANTINE.REASON, "NOT_TEACHER").set(QUARANTINE.RECEIVED_AT, at).execute();

        assertThat(dsl.select(ROW_STATE.STATE_JSON, ROW_STATE.ROW_SEQ).from(ROW_STATE).where(ROW_STATE.ROW_ID.eq(row))
                .fetchSingle().into(Object[].class)).containsExactly(bigJson, Long.MAX_VALUE);
        assertThat(dsl.select(CHANGE_LOG.ACCEPTED_AT).from(CHANGE_LOG).where(CHANGE_LOG.CHANGE_ID.eq(change))
                .fetchSingle().value1().toInstant()).isEqualTo(at.toInstant());
        assertThatThrownBy(() -> dsl.insertInto(CHANGE_LOG).set(CHANGE_LOG.SCHOOL_ID, school.id())
                .set(CHANGE_LOG.SERVER_SEQ, 2L).set(CHANGE_LOG.CHANGE_ID, change).set(CHANGE_LOG.CHANGE_JSON, "{}")
                .set(CHANGE_LOG.ACCEPTED_AT, at).execute())
                .as("a change id is logged once").isInstanceOf(DataAccessException.class);
    }

    @OnBothDatabases
    void theSchoolRowCanBeLockedForItsSequence(TestServer server) {
        School school = server.newSchool();

        long next = server.context().database().dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            long last = tx.select(SCHOOL.LAST_SEQ).from(SCHOOL).where(SCHOOL.ID.eq(school.id())).forUpdate()
                    .fetchSingle().value1();
            tx.update(SCHOOL).set(SCHOOL.LAST_SEQ, last + 1).where(SCHOOL.ID.eq(school.id())).execute();
            return last + 1;
        });

        assertThat(next).isEqualTo(1);
        assertThat(server.context().schools().find(school.id()).orElseThrow().lastSeq()).isEqualTo(1);
    }

    @OnBothDatabases
    void aDeviceStatusOutsideTheListIsRefusedByTheDatabase(TestServer server) {
        School school = server.newSchool();
        DSLContext dsl = server.context().database().dsl();

        assertThatThrownBy(() -> dsl.insertInto(vn.truongso.server.db.schema.Tables.DEVICE)
                .set(vn.truongso.server.db.schema.Tables.DEVICE.ID, UUID.randomUUID())
                .set(vn.truongso.server.db.schema.Tables.DEVICE.SCHOOL_ID, school.id())
                .set(vn.truongso.server.db.schema.Tables.DEVICE.NAME, "PC")
                .set(vn.truongso.server.db.schema.Tables.DEVICE.CERTIFICATE, new byte[] {1})
                .set(vn.truongso.server.db.schema.Tables.DEVICE.STATUS, "LOST")
                .set(vn.truongso.server.db.schema.Tables.DEVICE.ACKED_SEQ, 0L)
                .set(vn.truongso.server.db.schema.Tables.DEVICE.ENROLLED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .execute()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void onlyH2AndPostgresqlAreAccepted() {
        assertThat(SqlDialects.forJdbcUrl("jdbc:h2:mem:x")).isEqualTo(SQLDialect.H2);
        assertThat(SqlDialects.forJdbcUrl("jdbc:postgresql://h/db")).isEqualTo(SQLDialect.POSTGRES);
        assertThatThrownBy(() -> SqlDialects.forJdbcUrl("jdbc:mysql://h/db?password=x"))
                .isInstanceOf(ConfigException.class).hasMessageNotContaining("password=x");
    }
}
