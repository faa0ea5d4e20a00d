package vn.truongso.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.sync.ChangeCheck;
import vn.truongso.core.sync.FieldType;
import vn.truongso.core.sync.Head;
import vn.truongso.core.sync.RowState;
import vn.truongso.core.sync.SyncEntities;
import vn.truongso.core.sync.SyncEntity;

class DemoSchoolDataTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";
    private static final List<DemoRow> ROWS = DemoSchoolData.rows(CLOCK, DemoSchoolData.SEED, () -> HASH);

    @Test
    void theSameSeedAndDayGiveTheSameRowsWithTheSameIds() {
        List<DemoRow> again = DemoSchoolData.rows(CLOCK, DemoSchoolData.SEED, () -> HASH);

        assertThat(again).isEqualTo(ROWS);
        assertThat(again.getFirst().id()).isEqualTo(Ids.derived("school", DemoSchoolData.SCHOOL_CODE));
        assertThat(DemoSchoolData.rows(CLOCK, 7L, () -> HASH)).isNotEqualTo(ROWS);
    }

    @Test
    void rowsComeParentsFirstAndEveryReferencePointsToAnEarlierRow() {
        Map<UUID, String> seen = new HashMap<>();
        int rank = 0;
        for (DemoRow row : ROWS) {
            SyncEntity entity = SyncEntities.find(row.entity()).orElseThrow();
            assertThat(entity.rank()).isGreaterThanOrEqualTo(rank);
            rank = entity.rank();
            row.fields().forEach((field, value) -> {
                if (entity.fields().get(field) instanceof FieldType.Ref ref) {
                    assertThat(seen.get(UUID.fromString(value))).as(row.entity() + "." + field).isEqualTo(ref.entity());
                }
            });
            assertThat(seen.put(row.id(), row.entity())).as("ids are unique").isNull();
        }
    }

    @Test
    void everyRowIsAWellFormedCreationThatTheServerWouldAccept() {
        for (DemoRow row : ROWS) {
            var change = row.seedChange();
            assertThat(ChangeCheck.valueProblems(change, true)).as(row.toString()).isEmpty();
            assertThat(ChangeCheck.shapeProblems(change)).as(row.toString())
                    .containsOnly("seq must be 1 or more"); // a seed change is never pushed
        }
    }

    @Test
    void theSeedStateHoldsEachFieldOnceWithOneDerivedVersionTheAuthorAndTheTime() {
        DemoRow grade = ROWS.stream().filter(r -> r.entity().equals("assessment")).findFirst().orElseThrow();

        RowState state = grade.seedState();

        assertThat(state.conflictedFields()).isEmpty();
        grade.fields().forEach((field, value) -> assertThat(state.value(field)).contains(value));
        Set<Head> heads = new HashSet<>();
        state.fields().values().forEach(heads::addAll);
        assertThat(heads).extracting(Head::version).containsOnly(Ids.derived("demo-seed", "assessment", grade.id()));
        assertThat(heads).extracting(Head::author).containsOnly(grade.author());
        assertThat(heads).extracting(Head::device).containsOnly(DemoRow.SEED_DEVICE);
        assertThat(grade.seedState()).isEqualTo(state);
    }

    @Test
    void theSchoolHasItsClassesStaffAndAFullDemoClass() {
        Map<String, Integer> count = new HashMap<>();
        ROWS.forEach(r -> count.merge(r.entity(), 1, Integer::sum));
        assertThat(count).containsEntry("school", 1).containsEntry("staff", DemoSchoolData.STAFF.size())
                .containsEntry("school_class", 8).containsEntry("term", 2);
        assertThat(count.get("assessment")).isGreaterThan(5_000);
        UUID demoClass = ROWS.stream().filter(r -> r.entity().equals("school_class")
                && r.fields().get("name").equals(DemoSchoolData.DEMO_CLASS)).findFirst().orElseThrow().id();
        assertThat(ROWS.stream().filter(r -> r.entity().equals("enrolment")
                && r.fields().get("class_id").equals(demoClass.toString()))).hasSize(45);
        assertThat(ROWS.stream().filter(r -> r.entity().equals("staff")))
                .allSatisfy(r -> assertThat(r.fields()).containsEntry("password_hash", HASH));
    }

    @Test
    void everyReplicaGetsTheSameRowsWithTheDemoPasswordsOneHash() {
        List<DemoRow> rows = DemoSchoolData.rows(CLOCK, DemoSchoolData.SEED);
        assertThat(DemoSchoolData.rows(CLOCK, DemoSchoolData.SEED)).isEqualTo(rows);
        assertThat(vn.truongso.core.auth.PasswordHasher.verify(DemoSchoolData.PASSWORD.toCharArray(),
                DemoSchoolData.PASSWORD_HASH)).isTrue();
        assertThat(rows.stream().filter(r -> r.entity().equals("staff")))
                .allSatisfy(r -> assertThat(r.fields()).containsEntry("password_hash", DemoSchoolData.PASSWORD_HASH));
    }

    @Test
    void thePasswordHashIsAskedForOnce() {
        AtomicInteger asked = new AtomicInteger();
        DemoSchoolData.rows(CLOCK, DemoSchoolData.SEED, () -> {
            asked.incrementAndGet();
            return HASH;
        });
        assertThat(asked).hasValue(1);
    }
}
