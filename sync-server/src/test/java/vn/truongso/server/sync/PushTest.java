package vn.truongso.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.server.db.schema.Tables.CHANGE_LOG;
import static vn.truongso.server.db.schema.Tables.QUARANTINE;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.Protocol;
import vn.truongso.core.sync.Protocol.ChangeResult;
import vn.truongso.core.sync.ProtocolJson;
import vn.truongso.core.sync.RowState;
import vn.truongso.server.testing.OnBothDatabases;
import vn.truongso.server.testing.TestServer;

class PushTest {

    @OnBothDatabases
    void theAssignedTeachersGradeIsAcceptedNumberedAndPulledByEveryPcOfTheSchool(TestServer server) {
        SmallSchool school = SmallSchool.create(server);
        Pushes pc = new Pushes(server.enrol(school.school()));
        Pushes otherPc = new Pushes(server.enrol(school.school()));
        long before = otherPc.pull(0, 1000).last();

        Change grade = pc.newGrade(school, school.teacher(), "TX", 1, "8.5");
        Protocol.PushResponse response = pc.push(grade);

        assertThat(response.ackedSeq()).isEqualTo(1);
        assertThat(response.results()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Protocol.Status.ACCEPTED);
            assertThat(r.serverSeq()).isEqualTo(before + 1);
        });
        List<Protocol.PullEntry> pulled = otherPc.pullAll(before, 1000);
        assertThat(pulled).singleElement().satisfies(e -> {
            assertThat(e.serverSeq()).isEqualTo(before + 1);
            assertThat(e.change()).isEqualTo(grade);
        });
    }

    @OnBothDatabases
    void aTeacherCannotGradeAClassSheDoesNotTeachAndALockedTermRefusesEveryGrade(TestServer server) {
        SmallSchool school = SmallSchool.create(server);
        Pushes pc = new Pushes(server.enrol(school.school()));

        ChangeResult notAssigned = pc.push(pc.newGrade(school, school.otherTeacher(), "TX", 1, "7")).results().get(0);
        ChangeResult lock = pc.push(pc.edit("term", school.term(), "locked", "true", versions(server, school, "term",
                school.term(), "locked"), school.principal())).results().get(0);
        ChangeResult locked = pc.push(pc.newGrade(school, school.teacher(), "TX", 2, "9")).results().get(0);

        assertThat(notAssigned.status()).isEqualTo(Protocol.Status.REFUSED);
        assertThat(notAssigned.reason()).isEqualTo("NOT_ASSIGNED");
        assertThat(lock.status()).isEqualTo(Protocol.Status.ACCEPTED);
        assertThat(locked.reason()).isEqualTo("TERM_LOCKED");
        assertThat(server.context().database().dsl().fetchCount(QUARANTINE,
                QUARANTINE.SCHOOL_ID.eq(school.school().id()))).isEqualTo(2);
    }

    @OnBothDatabases
    void aTeacherCannotLockATermAndNobodyCanTouchAnotherSchool(TestServer server) {
        SmallSchool a = SmallSchool.create(server);
        SmallSchool b = SmallSchool.create(server);
        Pushes pcOfB = new Pushes(server.enrol(b.school()));
        pcOfB.push(pcOfB.newGrade(b, b.teacher(), "TX", 1, "5"));

        ChangeResult teacherLocks = pcOfB.push(pcOfB.edit("term", b.term(), "locked", "true",
                versions(server, b, "term", b.term(), "locked"), b.teacher())).results().get(0);
        ChangeResult intoA = pcOfB.push(pcOfB.edit("assessment", a.cell("TX", 1), "score", "10", List.of(),
                b.teacher())).results().get(0);
        ChangeResult aAuthor = pcOfB.push(pcOfB.newGrade(b, a.teacher(), "TX", 3, "10")).results().get(0);

        assertThat(teacherLocks.reason()).isEqualTo("NOT_ALLOWED");
        assertThat(intoA.reason()).isIn("WRONG_SCHOOL", "MISSING_PARENT", "INVALID_VALUE");
        assertThat(aAuthor.reason()).isEqualTo("UNKNOWN_AUTHOR");
        assertThat(pcOfB.pullAll(0, 1000)).allSatisfy(e ->
                assertThat(e.change().row()).isNotIn(a.cell("TX", 1), a.student(), a.school().id()));
    }

    @OnBothDatabases
    void aReplayedBatchChangesNothingAndGetsTheSameAnswers(TestServer server) {
        SmallSchool school = SmallSchool.create(server);
        Pushes pc = new Pushes(server.enrol(school.school()));
        List<Change> batch = List.of(pc.newGrade(school, school.teacher(), "TX", 1, "6"),
                pc.newGrade(school, school.otherTeacher(), "TX", 2, "7"),
                pc.newGrade(school, school.teacher(), "GK", 1, "8"));
        Protocol.PushResponse first = pc.push(batch);
        int logged = logCount(server, school);

        Protocol.PushResponse replay = pc.push(batch);

        assertThat(replay).isEqualTo(first);
        assertThat(logCount(server, school)).isEqualTo(logged);
    }

    @OnBothDatabases
    void oneBadChangeInAThousandIsQuarantinedAndTheOthersAllArrive(TestServer server) {
        SmallSchool school = SmallSchool.create(server);
        Pushes pc = new Pushes(server.enrol(school.school()));
        List<Change> batch = new ArrayList<>();
        Change first = pc.newGrade(school, school.teacher(), "TX", 1, "0");
        batch.add(first);
        List<UUID> base = List.of(first.id());
        for (int i = 1; i < 1000; i++) {
            String score = i == 500 ? "11" : String.valueOf(i % 11 == 10 ? 10 : i % 10);
            Change edit = pc.edit("assessment", school.cell("TX", 1), "score", score, base, school.teacher());
            batch.add(edit);
            if (i != 500) {
                base = List.of(edit.id());
            }
        }

        Protocol.PushResponse response = pc.push(batch);

        assertThat(response.ackedSeq()).isEqualTo(1000);
        assertThat(response.results()).filteredOn(r -> r.status() == Protocol.Status.REFUSED).singleElement()
                .satisfies(r -> {
                    assertThat(r.seq()).isEqualTo(501);
                    assertThat(r.reason()).isEqualTo("INVALID_VALUE");
                    assertThat(r.message()).contains("score");
                });
        assertThat(response.results()).filteredOn(r -> r.status() == Protocol.Status.ACCEPTED).hasSize(999);
        RowState cell = state(server, "assessment", school.cell("TX", 1));
        assertThat(cell.conflictedFields()).isEmpty();
        assertThat(cell.value("score")).contains(String.valueOf(999 % 11 == 10 ? 10 : 999 % 10));
    }

    @OnBothDatabases
    void askedForRunsTheAnswerGivesTheAcceptedChangesAsRunsOfSequenceNumbersAndTheRefusedOnesWhole(TestServer server) {
        SmallSchool school = SmallSchool.create(server);
        Pushes pc = new Pushes(server.enrol(school.school()));
        long before = new Pushes(server.enrol(school.school())).pull(0, 1000).last();
        List<Change> batch = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            batch.add(pc.newGrade(school, i == 6 ? school.otherTeacher() : school.teacher(), "TX", i, "7"));
        }

        Protocol.PushResponse response = pc.pushAskingForRuns(batch);
        Protocol.PushResponse retried = pc.pushAskingForRuns(batch);

        assertThat(response.ackedSeq()).isEqualTo(9);
        assertThat(response.accepted()).containsExactly(new Protocol.AcceptedRun(1, before + 1, 5),
                new Protocol.AcceptedRun(7, before + 6, 3));
        assertThat(response.results()).singleElement().satisfies(r -> {
            assertThat(r.seq()).isEqualTo(6);
            assertThat(r.id()).isEqualTo(batch.get(5).id());
            assertThat(r.reason()).isEqualTo("NOT_ASSIGNED");
        });
        assertThat(response.reported()).isEqualTo(9);
        assertThat(retried).as("a retry learns the same").isEqualTo(response);
    }

    @OnBothDatabases
    void notAskedForRunsTheAnswerHasOneResultPerChangeAsEveryPcReadsIt(TestServer server) {
        SmallSchool school = SmallSchool.create(server);
        Pushes pc = new Pushes(server.enrol(school.school()));

        var raw = pc.send(List.of(pc.newGrade(school, school.teacher(), "TX", 1, "7"),
                pc.newGrade(school, school.teacher(), "TX", 2, "8")));

        assertThat(raw.body()).doesNotContain("accepted");
        assertThat(ProtocolJson.read(raw.body(), Protocol.PushResponse.class).results())
                .extracting(ChangeResult::status).containsOnly(Protocol.Status.ACCEPTED).hasSize(2);
    }

    @OnBothDatabases
    void anInterruptedTransferResumesWithoutResendingWhatWasAcknowledgedAndAGapWaits(TestServer server) {
        SmallSchool school = SmallSchool.create(server);
        Pushes pc = new Pushes(server.enrol(school.school()));
        int logged = logCount(server, school);
        List<Change> all = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            all.add(pc.newGrade(school, school.teacher(), "TX", i, String.valueOf(i)));
        }
        pc.push(all.subList(0, 5));

        Protocol.PushResponse gap = pc.push(all.subList(6, 9));
        Protocol.PushResponse resumed = pc.push(all.subList(3, 9));

        assertThat(gap.ackedSeq()).isEqualTo(5);
        assertThat(gap.results()).isEmpty();
        assertThat(resumed.ackedSeq()).isEqualTo(9);
        assertThat(resumed.results()).extracting(ChangeResult::status).containsOnly(Protocol.Status.ACCEPTED);
        assertThat(logCount(server, school) - logged).isEqualTo(9);
    }

    @OnBothDatabases
    void concurrentEditsOfOneGradeAreKeptAsAConflictThatEveryPcSees(TestServer server) {
        SmallSchool school = SmallSchool.create(server);
        Pushes pcA = new Pushes(server.enrol(school.school()));
        Pushes pcB = new Pushes(server.enrol(school.school()));
        Change created = pcA.newGrade(school, school.teacher(), "GK", 1, "7");
        pcA.push(created);

        pcA.push(pcA.edit("assessment", school.cell("GK", 1), "score", "8", List.of(created.id()), school.teacher()));
        pcB.push(pcB.edit("assessment", school.cell("GK", 1), "score", "9", List.of(created.id()), school.teacher()));

        RowState cell = state(server, "assessment", school.cell("GK", 1));
        assertThat(cell.conflictedFields()).containsExactly("score");
        assertThat(cell.heads("score")).extracting(h -> h.value()).containsExactlyInAnyOrder("8", "9");
    }

    @OnBothDatabases
    void aRestoredOrClonedPcReusingSequenceNumbersForOtherChangesIsToldSo(TestServer server) {
        SmallSchool school = SmallSchool.create(server);
        var device = server.enrol(school.school());
        Pushes original = new Pushes(device);
        original.push(original.newGrade(school, school.teacher(), "TX", 1, "5"));
        Pushes restored = new Pushes(device); // the backup's outbox numbers its next change 1 again

        ChangeResult result = restored.push(restored.newGrade(school, school.teacher(), "TX", 2, "6")).results().get(0);

        assertThat(result.reason()).isEqualTo("SEQ_REUSED");
    }

    @OnBothDatabases
    void malformedChangesAreRefusedWholeAndNothingIsStored(TestServer server) {
        SmallSchool school = SmallSchool.create(server);
        Pushes pc = new Pushes(server.enrol(school.school()));
        int logged = logCount(server, school);
        String good = ProtocolJson.write(pc.newGrade(school, school.teacher(), "TX", 1, "5"));

        var unknownEntity = pc.send(List.of(pc.edit("salary", UUID.randomUUID(), "amount", "1", List.of(), school.teacher())));
        var unknownField = pc.send(List.of(pc.edit("assessment", school.cell("TX", 1), "bonus", "1", List.of(), school.teacher())));
        var wrongType = server.enrol(school.school()).postJson("/v2/push", "{\"changes\":[" + good.replace("\"seq\":1", "\"seq\":\"one\"") + "]}");
        var notJson = server.enrol(school.school()).postJson("/v2/push", "{\"changes\":[{");

        assertThat(unknownEntity.statusCode()).isEqualTo(400);
        assertThat(unknownEntity.body()).contains("INVALID_CHANGES").contains("unknown entity 'salary'");
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(unknownField.body()).contains("unknown field 'bonus'");
        assertThat(wrongType.statusCode()).as(wrongType.body()).isEqualTo(400);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(logCount(server, school)).isEqualTo(logged);
        assertThat(server.get("/health").statusCode()).isEqualTo(200);
    }

    static int logCount(TestServer server, SmallSchool school) {
        return server.context().database().dsl().fetchCount(CHANGE_LOG, CHANGE_LOG.SCHOOL_ID.eq(school.school().id()));
    }

    static RowState state(TestServer server, String entity, UUID row) {
        var stateTable = vn.truongso.server.db.schema.Tables.ROW_STATE;
        return ProtocolJson.read(server.context().database().dsl().select(stateTable.STATE_JSON).from(stateTable)
                .where(stateTable.ENTITY.eq(entity).and(stateTable.ROW_ID.eq(row))).fetchSingle(stateTable.STATE_JSON),
                RowState.class);
    }

    static List<UUID> versions(TestServer server, SmallSchool school, String entity, UUID row, String field) {
        return state(server, entity, row).versions(field);
    }
}
