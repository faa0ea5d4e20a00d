package vn.truongso.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.app.store.schema.Tables.ASSESSMENT_HISTORY;
import static vn.truongso.app.store.schema.Tables.OUTBOX;
import static vn.truongso.app.store.schema.Tables.SYNC_ROW;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.core.sync.Change;

/** A store written by the app before sync (schema 1) is upgraded in place: grade history kept, old outbox dropped. */
class SchemaTwoUpgradeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void aSchemaOneStoreKeepsItsHistoryLosesItsUnsentOutboxAndCapturesItsFirstEditAsACreation() throws Exception {
        String key = StoreKey.loadOrCreate(dataDir);
        String url = "jdbc:h2:file:" + dataDir.resolve(LocalStore.DATABASE_NAME).toAbsolutePath() + ";CIPHER=AES";
        Flyway.configure().dataSource(url, "truongso", key + " " + key).locations("classpath:db/migration").target("1")
                .load().migrate();
        UUID staff = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        try (var v1 = DSL.using(url, "truongso", key + " " + key)) {
            v1.execute("INSERT INTO school VALUES ('11111111-1111-1111-1111-111111111111', 'S1', 'Trường', 'Lào Cai', NULL, 'UPPER_SECONDARY')");
            v1.execute("INSERT INTO staff VALUES (?, '11111111-1111-1111-1111-111111111111', 'gv', 'Giáo viên', 'x', TRUE, NULL)", staff);
            v1.execute("INSERT INTO school_year VALUES ('22222222-2222-2222-2222-222222222222', '11111111-1111-1111-1111-111111111111', '2026-2027', DATE '2026-09-05', DATE '2027-05-31')");
            v1.execute("INSERT INTO term VALUES ('33333333-3333-3333-3333-333333333333', '22222222-2222-2222-2222-222222222222', 1, FALSE, NULL, NULL)");
            v1.execute("INSERT INTO subject VALUES ('44444444-4444-4444-4444-444444444444', '11111111-1111-1111-1111-111111111111', 'TOAN', 'Toán', 'SCORE', 2)");
            v1.execute("INSERT INTO student (id, school_id, student_code, full_name, date_of_birth, gender, ethnicity) VALUES ('55555555-5555-5555-5555-555555555555', '11111111-1111-1111-1111-111111111111', '010210000001', 'Học Sinh', DATE '2011-01-01', 'MALE', 'Kinh')");
            v1.execute("INSERT INTO assessment VALUES (?, '55555555-5555-5555-5555-555555555555', '44444444-4444-4444-4444-444444444444', '33333333-3333-3333-3333-333333333333', 'TX', 1, 7.0, NULL, 1, ?, TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+07:00')", cell, staff);
            v1.execute("INSERT INTO assessment_history VALUES (?, ?, NULL, '7', 1, ?, ?, TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+07:00')", UUID.randomUUID(), cell, staff, UUID.randomUUID());
            v1.execute("INSERT INTO outbox (change_id, entity, entity_id, operation, fields_json, device_id, created_at) VALUES (?, 'assessment', ?, 'UPSERT', '{}', ?, CURRENT_TIMESTAMP)", UUID.randomUUID(), cell, UUID.randomUUID());
        }

        try (LocalStore store = LocalStore.open(dataDir, CLOCK)) {
            assertThat(store.db().fetchCount(ASSESSMENT_HISTORY)).isEqualTo(1);
            assertThat(store.db().fetchCount(OUTBOX)).isZero();
            assertThat(ReplicaState.read(store.db()).nextSeq()).isEqualTo(1);

            Change first = store.write(tx -> Outbox.append(tx, store, "assessment", cell, Map.of(
                    "student_id", "55555555-5555-5555-5555-555555555555", "subject_id", "44444444-4444-4444-4444-444444444444",
                    "term_id", "33333333-3333-3333-3333-333333333333", "kind", "TX", "seq", "1", "score", "8.0"), staff))
                    .orElseThrow();

            assertThat(first.fields()).hasSize(6); // no sync row yet: the row's first change carries all of it
            assertThat(first.deviceSeq()).isEqualTo(1);
            assertThat(store.db().fetchCount(SYNC_ROW)).isEqualTo(1);
        }
    }
}
