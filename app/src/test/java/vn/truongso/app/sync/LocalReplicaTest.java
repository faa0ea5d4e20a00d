package vn.truongso.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.truongso.app.store.schema.Tables.ASSESSMENT;
import static vn.truongso.app.store.schema.Tables.ASSESSMENT_HISTORY;
import static vn.truongso.app.store.schema.Tables.CLASS_SUBJECT;
import static vn.truongso.app.store.schema.Tables.ENROLMENT;
import static vn.truongso.app.store.schema.Tables.OUTBOX;
import static vn.truongso.app.store.schema.Tables.SCHOOL_CLASS;
import static vn.truongso.app.store.schema.Tables.STAFF;
import static vn.truongso.app.store.schema.Tables.STAFF_ROLE;
import static vn.truongso.app.store.schema.Tables.STUDENT;
import static vn.truongso.app.store.schema.Tables.SUBJECT;
import static vn.truongso.app.store.schema.Tables.SYNC_ROW;
import static vn.truongso.app.store.schema.Tables.TERM;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;
import vn.truongso.app.gradebook.CellChange;
import vn.truongso.app.gradebook.CellEdit;
import vn.truongso.app.gradebook.CellKey;
import vn.truongso.app.gradebook.ColumnKey;
import vn.truongso.app.gradebook.DemoFixture;
import vn.truongso.app.gradebook.SaveOutcome;
import vn.truongso.app.store.Outbox;
import vn.truongso.app.store.ReplicaState;
import vn.truongso.core.demo.DemoRow;
import vn.truongso.core.demo.DemoSchoolData;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.FieldEdit;
import vn.truongso.core.sync.Head;
import vn.truongso.core.sync.Hlc;
import vn.truongso.core.sync.Protocol;
import vn.truongso.core.sync.RowState;
import vn.truongso.core.sync.SyncEntities;

/**
 * The local replica on real store files: two (or three) PCs exchanging changes only through {@link LocalReplica}, with
 * {@link FakeServer} standing in for the sync server's log.
 */
class LocalReplicaTest {
    private static final ColumnKey TX1 = new ColumnKey(AssessmentKind.TX, 1);
    private static final ColumnKey TX2 = new ColumnKey(AssessmentKind.TX, 2);
    private static final ColumnKey CK = new ColumnKey(AssessmentKind.CK, 1);
    private static final UUID NEWER_PC = UUID.fromString("0193a1b2-0000-7000-8000-00000000beef");

    @TempDir
    Path dir;
    FakeServer server;
    Pc a;
    Pc b;

    @BeforeEach
    void twoPcs() {
        server = new FakeServer();
        a = Pc.open(dir.resolve("a"));
        b = Pc.open(dir.resolve("b"));
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    /** The index of a student of 10A1 whose TX1 in Toán was entered by the demo school. */
    private int graded(Pc pc, int from) {
        for (int i = from; i < pc.rows().size(); i++) {
            if (pc.rows().get(i).cells().containsKey(TX1)) {
                return i;
            }
        }
        throw new AssertionError("no graded student after " + from);
    }

    private static UUID seedVersion(String entity, UUID row) {
        return Ids.derived("demo-seed", entity, row);
    }

    // ---- capture ----

    @Test
    void aSavedGradeIsCapturedWithOnlyItsChangedFieldTheSeenVersionAnHlcAndTheWorkingState() {
        int student = graded(a, 0);
        UUID cell = Pc.cellId(a.cell(student, TX1));
        Hlc before = ReplicaState.read(a.db()).hlc();

        a.save(student, TX1, "9,5");

        Change change = a.replica.pendingChanges(0, 10).getFirst();
        assertThat(change.entity()).isEqualTo("assessment");
        assertThat(change.row()).isEqualTo(cell);
        assertThat(change.fields()).containsOnlyKeys("score");
        assertThat(change.fields().get("score")).isEqualTo(new FieldEdit("9.5", List.of(seedVersion("assessment", cell))));
        assertThat(change.device()).isEqualTo(a.device());
        assertThat(change.deviceSeq()).isEqualTo(1);
        assertThat(change.author()).isEqualTo(a.teacher.staffId());
        assertThat(Hlc.parse(change.hlc())).isGreaterThan(before);
        RowState working = a.replica.workingState("assessment", cell).orElseThrow();
        assertThat(working.value("score")).contains("9.5");
        assertThat(working.versions("score")).containsExactly(change.id());
        assertThat(working.versions("student_id")).containsExactly(seedVersion("assessment", cell));
        assertThat(a.replica.confirmedState("assessment", cell).orElseThrow().getValue()).isZero();

        a.save(student, TX1, "10");
        Change next = a.replica.pendingChanges(0, 10).get(1);
        assertThat(next.fields().get("score")).isEqualTo(new FieldEdit("10.0", List.of(change.id())));
        assertThat(next.deviceSeq()).isEqualTo(2);
        assertThat(Hlc.parse(next.hlc())).isGreaterThan(Hlc.parse(change.hlc()));
    }

    @Test
    void aNewCellIsCapturedWithAllItsFieldsAndEmptyBases() {
        a.save(0, CK, "7");

        Change change = a.replica.pendingChanges(0, 10).getFirst();
        assertThat(change.fields()).containsOnlyKeys("student_id", "subject_id", "term_id", "kind", "seq", "score",
                "rating");
        assertThat(change.fields().values()).allSatisfy(edit -> assertThat(edit.base()).isEmpty());
        assertThat(change.fields().get("kind").value()).isEqualTo("CK");
        assertThat(change.fields().get("seq").value()).isEqualTo("1");
        assertThat(change.fields().get("rating").value()).isNull();
        assertThat(change.fields().get("score").value()).isEqualTo("7.0");
        assertThat(a.replica.confirmedState("assessment", change.row())).isEmpty();
    }

    @Test
    void aWriteThatFailsLeavesNoChangeNoWorkingStateAndNoGapInTheSequence() {
        int student = graded(a, 0);
        UUID cell = Pc.cellId(a.cell(student, TX1));
        RowState working = a.replica.workingState("assessment", cell).orElseThrow();
        long nextSeq = ReplicaState.read(a.db()).nextSeq();

        assertThatThrownBy(() -> a.store().write(tx -> {
            Outbox.begin(tx, a.store()).edit("assessment", cell, Map.of("score", "1.0"), a.teacher.staffId());
            tx.update(ASSESSMENT).set(ASSESSMENT.SCORE, new BigDecimal("1.0")).where(ASSESSMENT.ID.eq(cell)).execute();
            throw new IllegalStateException("the disk is full");
        })).hasMessageContaining("disk is full");

        assertThat(a.replica.pendingChanges(0, 10)).isEmpty();
        assertThat(a.replica.workingState("assessment", cell)).contains(working);
        assertThat(ReplicaState.read(a.db()).nextSeq()).isEqualTo(nextSeq);
        a.save(student, TX1, "2");
        assertThat(a.replica.pendingChanges(0, 10)).singleElement()
                .satisfies(c -> assertThat(c.deviceSeq()).isEqualTo(nextSeq));
    }

    @Test
    void lockingATermIsCapturedAsATermChangeThatLocksItOnTheOtherPc() {
        Session principal = DemoFixture.login(a.app, "hieutruong");
        a.app.gradebooks().setTermLocked(principal, a.termOne.id(), true);

        Change change = a.replica.pendingChanges(0, 10).getFirst();
        assertThat(change.entity()).isEqualTo("term");
        assertThat(change.fields()).containsOnlyKeys("locked", "locked_by", "locked_at");
        assertThat(change.fields().get("locked").value()).isEqualTo("true");
        server.sync(a.replica);
        server.sync(b.replica);

        var term = b.db().selectFrom(TERM).where(TERM.ID.eq(b.termOne.id())).fetchSingle();
        assertThat(term.getLocked()).isTrue();
        assertThat(term.getLockedBy()).isEqualTo(principal.staffId());
        assertThat(term.getLockedAt().toInstant()).isEqualTo(DemoFixture.LATE_NOVEMBER.instant());
        SaveOutcome refused = b.app.gradebooks().save(b.teacher, new CellEdit(b.cell(0, CK), "5"));
        assertThat(refused).isInstanceOf(SaveOutcome.Refused.class);
        assertThat(b.syncedTables()).isEqualTo(a.syncedTables());
    }

    // ---- two PCs ----

    @Test
    void twoPcsExchangingChangesEndWithTheSameTablesAndSyncRows() {
        int first = graded(a, 0);
        int second = graded(a, first + 1);
        a.save(first, TX1, "8");
        a.save(1, CK, "7,5");
        b.save(second, TX2, "6");
        b.save(3, CK, "5");
        b.save(3, CK, "5.5");

        server.sync(a.replica);
        server.sync(b.replica);
        server.sync(a.replica);

        assertThat(a.value(second, TX2)).contains(AssessmentValue.Score.of("6"));
        assertThat(b.value(first, TX1)).contains(AssessmentValue.Score.of("8"));
        assertThat(b.value(1, CK)).contains(AssessmentValue.Score.of("7.5"));
        assertThat(a.value(3, CK)).contains(AssessmentValue.Score.of("5.5"));
        assertThat(a.syncedTables()).isEqualTo(b.syncedTables());
        assertThat(a.syncRows()).isEqualTo(b.syncRows());
        assertThat(a.replica.status().pending()).isZero();
        assertThat(b.replica.status().pending()).isZero();
        assertThat(a.replica.status().awaitingPull()).isZero();
        assertThat(a.replica.cursor()).isEqualTo(server.sequence()).isEqualTo(5);
        assertThat(a.db().fetchCount(SYNC_ROW, SYNC_ROW.WORKING_JSON.isNotNull())).isZero();
    }

    @Test
    void aGradeNewToThisPcIsItsOwnFirstHistoryLineUntilItChangesHere() {
        ColumnKey gk = new ColumnKey(AssessmentKind.GK, 1); // empty in the demo's 10A1 Toán
        a.save(0, gk, "7");
        server.sync(a.replica);
        server.sync(b.replica);
        UUID cell = Pc.cellId(b.cell(0, gk));
        assertThat(b.db().fetchCount(ASSESSMENT_HISTORY, ASSESSMENT_HISTORY.ASSESSMENT_ID.eq(cell)))
                .as("no line is written for a grade that arrives new").isZero();
        assertThat(b.app.gradebooks().history(b.cell(0, gk))).singleElement().satisfies(line -> {
            assertThat(line.oldValue()).isNull();
            assertThat(line.newValue()).isEqualTo("7");
            assertThat(line.changedByName()).isEqualTo(a.teacher.fullName());
        });

        b.save(0, gk, "7.5");

        assertThat(b.app.gradebooks().history(b.cell(0, gk)))
                .extracting(CellChange::oldValue, CellChange::newValue, CellChange::deviceId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("7", "7.5", b.device()),
                        org.assertj.core.groups.Tuple.tuple(null, "7", a.device()));
    }

    @Test
    void anotherPcsGradeEditShowsInTheHistoryWithItsAuthorDeviceAndTime() {
        int student = graded(a, 0);
        String seedText = a.value(student, TX1).orElseThrow().text();
        a.save(student, TX1, "8.5");
        server.sync(a.replica);
        server.sync(b.replica);

        CellKey key = b.cell(student, TX1);
        List<CellChange> history = b.app.gradebooks().history(key);
        assertThat(history).hasSize(2);
        CellChange latest = history.getFirst();
        assertThat(latest.oldValue()).isEqualTo(seedText);
        assertThat(latest.newValue()).isEqualTo("8.5");
        assertThat(latest.changedByName()).isEqualTo(a.teacher.fullName());
        assertThat(latest.deviceId()).isEqualTo(a.device());
        assertThat(latest.changedAt().toInstant()).isEqualTo(DemoFixture.LATE_NOVEMBER.instant());
        assertThat(latest.version()).isEqualTo(2);
        assertThat(history.get(1).deviceId()).isEqualTo(DemoRow.SEED_DEVICE);
    }

    @Test
    void aConcurrentEditOfOneCellIsTheSameConflictOnBothPcsUntilOneResolvesIt() {
        int student = graded(a, 0);
        UUID cell = Pc.cellId(a.cell(student, TX1));
        a.save(student, TX1, "7");
        b.save(student, TX1, "9");

        server.sync(a.replica);
        server.sync(b.replica);
        server.sync(a.replica);

        List<Conflict> onA = a.replica.conflicts();
        List<Conflict> onB = b.replica.conflicts();
        assertThat(onA).isEqualTo(onB).singleElement().satisfies(conflict -> {
            assertThat(conflict.entity()).isEqualTo("assessment");
            assertThat(conflict.rowId()).isEqualTo(cell);
            assertThat(conflict.field()).isEqualTo("score");
            assertThat(conflict.label()).contains(a.rows().get(student).fullName(), "10A1", "Toán", "HK1", "TX1");
            assertThat(conflict.versions()).extracting(Conflict.Version::value).containsExactlyInAnyOrder("7.0", "9.0");
            assertThat(conflict.versions()).extracting(Conflict.Version::deviceId)
                    .containsExactlyInAnyOrder(a.device(), b.device());
            assertThat(conflict.versions()).extracting(Conflict.Version::authorName).containsOnly(a.teacher.fullName());
            assertThat(conflict.versions().getFirst().shown()).isTrue();
        });
        String winner = onA.getFirst().versions().getFirst().value();
        assertThat(a.value(student, TX1)).contains(AssessmentValue.Score.of(winner));
        assertThat(b.value(student, TX1)).contains(AssessmentValue.Score.of(winner));
        assertThat(a.replica.status().conflicts()).isEqualTo(1);
        assertThat(a.syncedTables()).isEqualTo(b.syncedTables());

        Change resolution = a.replica.resolveConflict("assessment", cell, "score", "8.0", a.teacher.staffId());
        assertThat(resolution.fields().get("score").base()).containsExactlyInAnyOrderElementsOf(
                onA.getFirst().versions().stream().map(Conflict.Version::version).toList());
        assertThat(a.value(student, TX1)).contains(AssessmentValue.Score.of("8"));
        server.sync(a.replica);
        server.sync(b.replica);

        assertThat(a.replica.conflicts()).isEmpty();
        assertThat(b.replica.conflicts()).isEmpty();
        assertThat(b.value(student, TX1)).contains(AssessmentValue.Score.of("8"));
        assertThat(a.syncRows()).isEqualTo(b.syncRows());
        assertThatThrownBy(() -> a.replica.resolveConflict("assessment", cell, "score", "5.0", a.teacher.staffId()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typingTheSameValueOnTwoPcsIsNoConflict() {
        int student = graded(a, 0);
        a.save(student, TX1, "6");
        b.save(student, TX1, "6");
        server.sync(a.replica);
        server.sync(b.replica);
        server.sync(a.replica);

        assertThat(a.replica.conflicts()).isEmpty();
        assertThat(b.replica.conflicts()).isEmpty();
        assertThat(a.syncRows()).isEqualTo(b.syncRows());
    }

    // ---- push results ----

    @Test
    void aRefusedChangeIsListedForItsAuthorAndItsRowGoesBackToTheServersValue() {
        int student = graded(a, 0);
        AssessmentValue seeded = a.value(student, TX1).orElseThrow();
        UUID cell = Pc.cellId(a.cell(student, TX1));
        server.refuse(change -> change.fields().containsKey("score") && "1.0".equals(change.fields().get("score").value())
                ? Optional.of("TERM_LOCKED") : Optional.empty());
        a.save(student, TX1, "1");
        a.save(0, CK, "4");
        assertThat(a.value(student, TX1)).contains(AssessmentValue.Score.of("1"));

        server.sync(a.replica);

        assertThat(a.value(student, TX1)).contains(seeded);
        assertThat(a.value(0, CK)).contains(AssessmentValue.Score.of("4"));
        assertThat(a.replica.workingState("assessment", cell))
                .isEqualTo(a.replica.confirmedState("assessment", cell).map(Map.Entry::getKey));
        assertThat(a.replica.pendingCount()).isZero();
        List<Refusal> refusals = a.replica.refusals();
        assertThat(refusals).singleElement().satisfies(refusal -> {
            assertThat(refusal.rowId()).isEqualTo(cell);
            assertThat(refusal.reason()).isEqualTo("TERM_LOCKED");
            assertThat(refusal.fields()).containsEntry("score", "1.0");
            assertThat(refusal.authorId()).isEqualTo(a.teacher.staffId());
            assertThat(refusal.label()).contains("TX1");
        });
        assertThat(a.app.gradebooks().history(a.cell(student, TX1)).getFirst().newValue()).isEqualTo(seeded.text());
        assertThat(a.replica.status().refusals()).isEqualTo(1);

        a.replica.dismissRefusal(refusals.getFirst().changeId());
        assertThat(a.replica.refusals()).isEmpty();
        server.sync(b.replica);
        assertThat(a.syncedTables()).isEqualTo(b.syncedTables());
    }

    @Test
    void aRefusedNewCellIsTakenBackWithAHistoryLineAndTheSyncGoesOn() {
        ColumnKey gk = new ColumnKey(AssessmentKind.GK, 1); // empty in the demo's 10A1 Toán
        server.refuse(change -> change.fields().containsKey("kind") && "GK".equals(change.fields().get("kind").value())
                ? Optional.of("TERM_LOCKED") : Optional.empty());
        a.save(0, gk, "4");
        a.save(1, CK, "6");

        server.sync(a.replica);

        assertThat(a.value(0, gk)).isEmpty();
        assertThat(a.value(1, CK)).contains(AssessmentValue.Score.of("6"));
        assertThat(a.replica.workingState("assessment", Pc.cellId(a.cell(0, gk))).map(RowState::isAlive)).contains(false);
        List<CellChange> history = a.app.gradebooks().history(a.cell(0, gk));
        assertThat(history).extracting(CellChange::oldValue, CellChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4", null),
                        org.assertj.core.groups.Tuple.tuple(null, "4"));
        assertThat(history.getFirst().changedByName()).isEqualTo(a.teacher.fullName());
        assertThat(a.replica.refusals()).singleElement().satisfies(r -> assertThat(r.fields()).containsEntry("score", "4.0"));
        assertThat(a.replica.pendingCount()).isZero();
        server.sync(b.replica);
        assertThat(a.syncedTables()).isEqualTo(b.syncedTables());
    }

    @Test
    void pushResultsAnsweredTwiceChangeNothing() {
        a.save(0, CK, "3");
        a.save(1, CK, "4");
        List<Change> pending = a.replica.pendingChanges(0, 10);
        Protocol.PushResponse response = server.push(pending);

        a.replica.recordPushResults(response);
        List<String> once = a.syncRows();
        a.replica.recordPushResults(response);

        assertThat(a.syncRows()).isEqualTo(once);
        assertThat(a.replica.ackedSeq()).isEqualTo(2);
        assertThat(a.replica.status().awaitingPull()).isEqualTo(2);
        assertThat(a.db().fetch(OUTBOX).getValues(OUTBOX.SERVER_SEQ)).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void ownChangesAnsweredAndPulledBackAsRunsOfSequenceNumbersEndAsIfTheyHadComeWhole() {
        int student = graded(a, 0);
        a.save(student, TX1, "3");
        a.save(2, CK, "9");
        a.save(3, CK, "8");
        b.save(4, CK, "7");
        server.push(b.replica);
        a.replica.recordPushResults(server.push(a.replica.pendingChanges(0, 10)).inRuns());

        assertThat(a.db().fetch(OUTBOX).getValues(OUTBOX.SERVER_SEQ)).containsExactlyInAnyOrder(2L, 3L, 4L);
        Protocol.PullPage page = server.pullOwnAsRuns(0, 100, a.device());
        assertThat(page.entries()).hasSize(2).last().satisfies(e -> assertThat(e.size()).isEqualTo(3));
        a.replica.applyPullPage(page);
        server.pull(b.replica);

        assertThat(a.db().fetchCount(OUTBOX)).isZero();
        assertThat(a.replica.cursor()).isEqualTo(4);
        assertThat(a.syncedTables()).isEqualTo(b.syncedTables());
        assertThat(a.syncRows()).isEqualTo(b.syncRows());
    }

    @Test
    void aRunOfOwnChangesTheOutboxDoesNotHoldIsRefusedAndNothingOfThePageApplied() {
        a.save(2, CK, "9");
        server.push(a.replica);
        b.save(3, CK, "8");
        server.push(b.replica);
        List<String> syncRows = a.syncRows();
        Protocol.PullPage claimsMore = new Protocol.PullPage(List.of(server.pull(0, 100).entries().get(1),
                Protocol.PullEntry.ownRun(3, 1, 2)), 4, false);

        assertThatThrownBy(() -> a.replica.applyPullPage(claimsMore)).isInstanceOf(LocalReplica.OwnChangesMissing.class);
        assertThat(a.replica.cursor()).isZero();
        assertThat(a.syncRows()).isEqualTo(syncRows);
        assertThat(a.db().fetchCount(OUTBOX)).isEqualTo(1);
    }

    // ---- pull ----

    @Test
    void applyingAPageTwiceChangesNothing() {
        int student = graded(a, 0);
        a.save(student, TX1, "3");
        a.save(2, CK, "9");
        server.push(a.replica);
        Protocol.PullPage page = server.pull(0, 100);

        b.replica.applyPullPage(page);
        Map<String, List<String>> tables = b.syncedTables();
        List<String> syncRows = b.syncRows();
        int history = b.db().fetchCount(ASSESSMENT_HISTORY);
        b.replica.applyPullPage(page);

        assertThat(b.syncedTables()).isEqualTo(tables);
        assertThat(b.syncRows()).isEqualTo(syncRows);
        assertThat(b.db().fetchCount(ASSESSMENT_HISTORY)).isEqualTo(history);
        assertThat(b.replica.cursor()).isEqualTo(2);
        assertThat(b.value(student, TX1)).contains(AssessmentValue.Score.of("3"));
    }

    @Test
    void fieldsAndEntitiesUnknownHereSurviveTheRoundTrip() {
        UUID studentId = a.rows().get(0).studentId();
        RowState student = a.replica.workingState("student", studentId).orElseThrow();
        Map<String, FieldEdit> fromNewerPc = new LinkedHashMap<>();
        fromNewerPc.put("full_name", new FieldEdit("Nguyễn Thị Mới", student.versions("full_name")));
        fromNewerPc.put("nickname", new FieldEdit("Bống", List.of()));
        server.inject(Change.edit(Ids.newId(), "student", studentId, fromNewerPc, new Hlc(1_795_000_000_000L, 0),
                NEWER_PC, 1, DemoSchoolData.staffId("giaovu")));
        UUID attendance = Ids.newId();
        server.inject(Change.edit(Ids.newId(), "attendance", attendance,
                Map.of("student_id", new FieldEdit(studentId.toString(), List.of()), "status",
                        new FieldEdit("ABSENT", List.of())), new Hlc(1_795_000_000_000L, 1), NEWER_PC, 2,
                DemoSchoolData.staffId("giaovu")));

        server.sync(a.replica);

        assertThat(a.db().select(STUDENT.FULL_NAME).from(STUDENT).where(STUDENT.ID.eq(studentId)).fetchOne(STUDENT.FULL_NAME))
                .isEqualTo("Nguyễn Thị Mới");
        assertThat(a.replica.workingState("student", studentId).orElseThrow().value("nickname")).contains("Bống");
        assertThat(a.replica.workingState("attendance", attendance).orElseThrow().value("status")).contains("ABSENT");

        a.replica.edit("student", studentId, Map.of("full_name", "Nguyễn Thị Mới Hơn", "address", "Thôn Na Hối",
                "nationality", "Việt Nam"), a.teacher.staffId());
        Change edit = a.replica.pendingChanges(0, 10).getFirst();
        assertThat(edit.fields()).containsOnlyKeys("full_name", "address");
        server.sync(a.replica);
        server.sync(b.replica);

        for (Pc pc : List.of(a, b)) {
            RowState confirmed = pc.replica.confirmedState("student", studentId).orElseThrow().getKey();
            assertThat(confirmed.value("nickname")).contains("Bống");
            assertThat(confirmed.value("full_name")).contains("Nguyễn Thị Mới Hơn");
            assertThat(pc.replica.workingState("attendance", attendance)).isPresent();
        }
        assertThat(a.syncRows()).isEqualTo(b.syncRows());
        assertThat(a.syncedTables()).isEqualTo(b.syncedTables());
    }

    @Test
    void rowsWithoutAnIdColumnAreFoundByTheirKeyFields() {
        UUID classId = a.maths.classId();
        UUID subjectId = a.maths.subjectId();
        UUID classSubject = Ids.derived("class_subject", classId, subjectId);
        RowState periods = a.replica.workingState("class_subject", classSubject).orElseThrow();
        server.inject(Change.edit(Ids.newId(), "class_subject", classSubject,
                Map.of("periods_per_year", new FieldEdit("140", periods.versions("periods_per_year"))),
                new Hlc(1_795_000_000_000L, 0), NEWER_PC, 1, DemoSchoolData.staffId("admin")));
        UUID literature = DemoSchoolData.staffId("gv.van");
        UUID role = Ids.derived("staff_role", literature, "CLERK");
        server.inject(Change.edit(Ids.newId(), "staff_role", role,
                Map.of("staff_id", new FieldEdit(literature.toString(), List.of()), "role", new FieldEdit("CLERK", List.of())),
                new Hlc(1_795_000_000_000L, 1), NEWER_PC, 2, DemoSchoolData.staffId("admin")));

        server.sync(a.replica);

        assertThat(a.db().select(CLASS_SUBJECT.PERIODS_PER_YEAR).from(CLASS_SUBJECT)
                .where(CLASS_SUBJECT.CLASS_ID.eq(classId).and(CLASS_SUBJECT.SUBJECT_ID.eq(subjectId))).fetchSingle().value1())
                .isEqualTo(140);
        assertThat(a.db().fetchExists(STAFF_ROLE, STAFF_ROLE.STAFF_ID.eq(literature).and(STAFF_ROLE.ROLE.eq("CLERK"))))
                .isTrue();
        assertThat(a.replica.conflicts()).isEmpty();
    }

    @Test
    void savesAndPulledPagesOnTwoThreadsNeitherDeadlockNorFail() throws Exception {
        List<PullingPc.Cell> cells = PullingPc.cells(a.app);
        ColumnKey tx3 = new ColumnKey(AssessmentKind.TX, 3);
        var puller = java.util.concurrent.CompletableFuture.runAsync(() -> {
            for (int page = 1; page <= 6; page++) {
                a.replica.applyPullPage(PullingPc.page(cells, page));
            }
        });
        for (int i = 0; i < 40; i++) {
            a.save(i % 45, tx3, String.valueOf(i % 10));
        }
        puller.get(60, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(a.replica.cursor()).isEqualTo(6L * cells.size());
        assertThat(a.replica.pendingCount()).isEqualTo(40);
        assertThat(a.value(0, CK)).contains(AssessmentValue.Score.of(PullingPc.score(6, 0)));
        assertThat(a.value(39, tx3)).contains(AssessmentValue.Score.of("9"));
    }

    @Test
    void aSaveWaitsForAPageBeingAppliedInsteadOfFailing() throws Exception {
        var locked = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var page = java.util.concurrent.CompletableFuture.runAsync(() -> a.store().write(tx -> {
            ReplicaState.lock(tx);
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        locked.await();
        var saver = new java.util.concurrent.atomic.AtomicReference<Thread>();
        var save = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            saver.set(Thread.currentThread());
            return a.app.gradebooks().save(a.teacher, new CellEdit(a.cell(0, CK), "6"));
        });
        while (saver.get() == null || saver.get().getState() != Thread.State.TIMED_WAITING) {
            Thread.onSpinWait(); // the save is waiting for the replica's lock
        }
        assertThat(save).isNotDone();
        release.countDown();

        assertThat(save.get(30, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(SaveOutcome.Saved.class);
        page.get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    // ---- deletes ----

    @Test
    void aDeletedCellIsGoneOnBothPcsAndItsHistoryKept() {
        int student = graded(a, 0);
        CellKey key = a.cell(student, TX1);
        UUID cell = Pc.cellId(key);
        String seeded = a.value(student, TX1).orElseThrow().text();

        Change delete = a.replica.delete("assessment", cell, a.teacher.staffId()).orElseThrow();

        assertThat(delete.delete()).isTrue();
        assertThat(delete.fields()).containsOnlyKeys("student_id", "subject_id", "term_id", "kind", "seq", "score");
        assertThat(delete.fields().values()).allSatisfy(edit ->
                assertThat(edit.base()).containsExactly(seedVersion("assessment", cell)));
        assertThat(a.db().fetchExists(ASSESSMENT, ASSESSMENT.ID.eq(cell))).isFalse();
        assertThat(a.app.gradebooks().history(key).getFirst())
                .satisfies(change -> assertThat(change.oldValue()).isEqualTo(seeded))
                .satisfies(change -> assertThat(change.newValue()).isNull());
        assertThat(a.replica.delete("assessment", cell, a.teacher.staffId())).isEmpty();

        server.sync(a.replica);
        server.sync(b.replica);

        assertThat(b.db().fetchExists(ASSESSMENT, ASSESSMENT.ID.eq(cell))).isFalse();
        assertThat(b.app.gradebooks().history(key)).hasSize(2);
        assertThat(a.syncedTables()).isEqualTo(b.syncedTables());
        assertThat(a.syncRows()).isEqualTo(b.syncRows());
    }

    @Test
    void anEditThatMeetsADeleteKeepsTheRowAsAConflictAndKeepingTheEditRestoresIt() {
        int student = graded(a, 0);
        UUID cell = Pc.cellId(a.cell(student, TX1));
        a.replica.delete("assessment", cell, a.teacher.staffId());
        b.save(student, TX1, "4");

        server.sync(a.replica);
        server.sync(b.replica);
        server.sync(a.replica);

        for (Pc pc : List.of(a, b)) {
            assertThat(pc.replica.workingState("assessment", cell).orElseThrow().isAlive()).isTrue();
            assertThat(pc.replica.conflicts()).filteredOn(Conflict::isFieldConflict).singleElement()
                    .satisfies(conflict -> assertThat(conflict.versions()).extracting(Conflict.Version::deleted)
                            .containsExactlyInAnyOrder(true, false));
        }
        assertThat(b.value(student, TX1)).as("the editor's PC keeps showing the edit")
                .contains(AssessmentValue.Score.of("4"));

        b.replica.resolveConflict("assessment", cell, "score", "4.0", b.teacher.staffId());
        server.sync(b.replica);
        server.sync(a.replica);

        for (Pc pc : List.of(a, b)) {
            assertThat(pc.replica.conflicts()).isEmpty();
            assertThat(pc.value(student, TX1)).contains(AssessmentValue.Score.of("4"));
        }
        assertThat(a.syncedTables()).isEqualTo(b.syncedTables());
        assertThat(a.syncRows()).isEqualTo(b.syncRows());
    }

    @Test
    void aRowDeletedElsewhereThatRowsHereStillReferToIsKeptAndListedNotACrash() {
        UUID studentId = a.rows().get(0).studentId();
        RowState student = a.replica.workingState("student", studentId).orElseThrow();
        Map<String, FieldEdit> seen = new LinkedHashMap<>();
        student.fields().keySet().forEach(field -> seen.put(field, new FieldEdit(null, student.versions(field))));
        server.inject(Change.deletion(Ids.newId(), "student", studentId, seen, new Hlc(1_795_000_000_000L, 0),
                NEWER_PC, 1, DemoSchoolData.staffId("giaovu")));
        a.save(1, CK, "6");

        server.sync(a.replica);

        assertThat(a.db().fetchExists(STUDENT, STUDENT.ID.eq(studentId))).isTrue();
        assertThat(a.replica.cursor()).isEqualTo(2);
        assertThat(a.replica.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.isFieldConflict()).isFalse();
            assertThat(conflict.rowId()).isEqualTo(studentId);
            assertThat(conflict.label()).isEqualTo(a.rows().get(0).fullName());
            assertThat(conflict.problem()).contains("still refer");
        });
        assertThat(a.value(1, CK)).contains(AssessmentValue.Score.of("6"));
    }

    // ---- snapshot and enrolment ----

    @Test
    void aPcEnrollingWipesItsDemoSchoolLoadsTheSnapshotInPagesThenPullsTheRest() {
        a.save(graded(a, 0), TX1, "2");
        a.save(5, CK, "8");
        server.sync(a.replica);
        long at = server.sequence();
        List<Protocol.SnapshotRow> snapshot = snapshotOf(a);
        a.save(6, CK, "9");
        server.sync(a.replica);

        try (Pc c = Pc.open(dir.resolve("c"))) {
            c.replica.resetForEnrolment(LocalReplica.Reset.LOCAL_SCHOOL_ONLY);
            assertThat(c.syncedTables().values()).allSatisfy(rows -> assertThat(rows).isEmpty());
            assertThat(c.replica.awaitingSchool()).isTrue();

            int pageSize = 4_000;
            for (int from = 0; from < snapshot.size(); from += pageSize) {
                int to = Math.min(snapshot.size(), from + pageSize);
                Protocol.SnapshotRow last = snapshot.get(to - 1);
                Protocol.SnapshotPosition after = to == snapshot.size() ? null : new Protocol.SnapshotPosition(
                        SyncEntities.find(last.entity()).orElseThrow().rank(), last.entity(), last.row());
                c.replica.applySnapshotPage(new Protocol.SnapshotPage(at, snapshot.subList(from, to), after));
                if (after != null) {
                    assertThat(c.replica.snapshotInProgress()).contains(new LocalReplica.SnapshotProgress(at, after));
                    assertThat(c.replica.cursor()).isZero();
                }
            }
            assertThat(c.replica.snapshotInProgress()).isEmpty();
            assertThat(c.replica.cursor()).isEqualTo(at);
            assertThat(c.replica.awaitingSchool()).isFalse();
            server.pull(c.replica);

            assertThat(c.syncedTables()).isEqualTo(a.syncedTables());
            assertThat(c.syncRows()).isEqualTo(a.syncRows());
            assertThat(DemoFixture.login(c.app, "gv.toan").staffId()).isEqualTo(a.teacher.staffId());
        }
    }

    @Test
    void aSnapshotOfTheSameDemoSchoolReplacesRowsAtTheSameSequenceAndKeepsNewerOnes() {
        UUID admin = DemoSchoolData.staffId("admin");
        RowState local = a.replica.confirmedState("staff", admin).orElseThrow().getKey();
        DemoRow serverSeed = DemoSchoolData.rows(DemoFixture.LATE_NOVEMBER, DemoSchoolData.SEED, () -> "$argon2id$server")
                .stream().filter(row -> row.id().equals(admin)).findFirst().orElseThrow();
        assertThat(serverSeed.seedState()).isNotEqualTo(local); // salted on another machine
        int student = graded(a, 0);
        UUID cell = Pc.cellId(a.cell(student, TX1));
        a.save(student, TX1, "3");
        server.sync(a.replica);
        RowState newer = a.replica.confirmedState("assessment", cell).orElseThrow().getKey();

        a.replica.applySnapshotPage(new Protocol.SnapshotPage(0, List.of(
                new Protocol.SnapshotRow("staff", admin, serverSeed.seedState(), 0),
                new Protocol.SnapshotRow("assessment", cell, RowState.EMPTY, 0)), null));

        assertThat(a.replica.confirmedState("staff", admin).orElseThrow().getKey()).isEqualTo(serverSeed.seedState());
        assertThat(a.db().select(STAFF.PASSWORD_HASH).from(STAFF).where(STAFF.ID.eq(admin)).fetchSingle().value1())
                .isEqualTo("$argon2id$server");
        assertThat(a.replica.confirmedState("assessment", cell).orElseThrow().getKey()).isEqualTo(newer);
        assertThat(a.value(student, TX1)).contains(AssessmentValue.Score.of("3"));
    }

    /** The server's rows as a snapshot: A's confirmed states, parents first. */
    private static List<Protocol.SnapshotRow> snapshotOf(Pc pc) {
        List<Protocol.SnapshotRow> rows = new ArrayList<>(pc.db().select(SYNC_ROW.ENTITY, SYNC_ROW.ROW_ID,
                        SYNC_ROW.CONFIRMED_JSON, SYNC_ROW.CONFIRMED_SEQ).from(SYNC_ROW)
                .where(SYNC_ROW.CONFIRMED_JSON.isNotNull())
                .fetch(r -> new Protocol.SnapshotRow(r.value1(), r.value2(),
                        vn.truongso.app.store.StoredRowState.read(r.value3()), r.value4())));
        rows.sort(java.util.Comparator.comparingInt((Protocol.SnapshotRow r) -> SyncEntities.find(r.entity())
                .map(e -> e.rank()).orElse(99)).thenComparing(Protocol.SnapshotRow::entity)
                .thenComparing(Protocol.SnapshotRow::row));
        return rows;
    }

    @Test
    void resetForEnrolmentWipesOnlyALocalSchoolUnlessToldAndTheAppDoesNotSeedTheDemoAgain() {
        a.save(0, CK, "5");
        server.sync(a.replica);
        assertThatThrownBy(() -> a.replica.resetForEnrolment(LocalReplica.Reset.LOCAL_SCHOOL_ONLY))
                .isInstanceOf(IllegalStateException.class);
        assertThat(a.db().fetchCount(STUDENT)).isPositive();

        UUID device = b.device();
        b.save(0, CK, "6");
        b.replica.resetForEnrolment(LocalReplica.Reset.LOCAL_SCHOOL_ONLY);
        assertThat(b.syncedTables().values()).allSatisfy(rows -> assertThat(rows).isEmpty());
        assertThat(b.db().fetchCount(ASSESSMENT_HISTORY)).isZero();
        assertThat(b.db().fetchCount(SYNC_ROW) + b.db().fetchCount(OUTBOX)).isZero();
        assertThat(b.device()).isEqualTo(device);
        b.close();
        try (AppServices reopened = AppServices.open(dir.resolve("b"), DemoFixture.LATE_NOVEMBER)) {
            assertThat(reopened.store().isEmpty()).isTrue();
            assertThat(reopened.store().deviceId()).isEqualTo(device);
        }
        b = Pc.open(dir.resolve("b2"));

        a.replica.resetForEnrolment(LocalReplica.Reset.EVEN_SERVER_DATA);
        assertThat(a.db().fetchCount(STUDENT)).isZero();
        assertThat(a.replica.cursor()).isZero();
    }

    @Test
    void renumberingGivesPendingChangesTheNewIdentityAndContiguousNumbersFromTheFirst() {
        a.save(0, CK, "1");
        a.save(1, CK, "2");
        a.save(0, CK, "3");
        UUID enrolled = Ids.newId();

        a.replica.renumberPending(enrolled, 41);

        assertThat(a.device()).isEqualTo(enrolled);
        assertThat(a.replica.ackedSeq()).isEqualTo(40);
        assertThat(a.replica.pendingChanges(40, 10)).extracting(Change::deviceSeq).containsExactly(41L, 42L, 43L);
        assertThat(a.replica.pendingChanges(40, 10)).extracting(Change::device).containsOnly(enrolled);
        a.save(2, CK, "4");
        assertThat(a.replica.pendingChanges(43, 10)).singleElement().satisfies(c -> {
            assertThat(c.deviceSeq()).isEqualTo(44);
            assertThat(c.device()).isEqualTo(enrolled);
        });
        server.enrol(enrolled, 41);
        server.sync(a.replica);
        server.sync(b.replica);
        assertThat(b.value(0, CK)).contains(AssessmentValue.Score.of("3"));
        assertThat(a.syncRows()).isEqualTo(b.syncRows());
    }

    // ---- the demo school ----

    @Test
    void everyDemoRowHasAConfirmedSyncRowWithItsSeedState() {
        int rows = 0;
        for (String table : List.of("school", "staff", "staff_role", "school_year", "term", "subject", "school_class",
                "class_subject", "teaching_assignment", "student", "enrolment", "assessment")) {
            int count = a.db().fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(table.toUpperCase())));
            assertThat(a.db().fetchCount(SYNC_ROW, SYNC_ROW.ENTITY.eq(table))).as(table).isEqualTo(count);
            rows += count;
        }
        assertThat(a.db().fetchCount(SYNC_ROW)).isEqualTo(rows);
        assertThat(a.db().fetchCount(SYNC_ROW, SYNC_ROW.CONFIRMED_SEQ.ne(0L).or(SYNC_ROW.WORKING_JSON.isNotNull())
                .or(SYNC_ROW.CONFLICTED))).isZero();
        DemoRow school = DemoSchoolData.rows(DemoFixture.LATE_NOVEMBER, DemoSchoolData.SEED, () -> "unused").getFirst();
        assertThat(a.replica.confirmedState("school", school.id()).orElseThrow().getKey()).isEqualTo(school.seedState());
        assertThat(a.replica.status()).isEqualTo(new SyncStatus(0, 0, 0, 0, 0, 0, false));
        UUID tenA1 = a.db().select(SCHOOL_CLASS.ID).from(SCHOOL_CLASS).where(SCHOOL_CLASS.NAME.eq("10A1")).fetchSingle().value1();
        assertThat(a.db().fetchCount(ENROLMENT, ENROLMENT.CLASS_ID.eq(tenA1))).isEqualTo(45);
        assertThat(a.db().select(SUBJECT.ID).from(SUBJECT).where(SUBJECT.CODE.eq("TOAN")).fetchSingle().value1())
                .isEqualTo(Ids.derived("subject", DemoSchoolData.SCHOOL_ID, "TOAN"));
        assertThat(a.db().select(STAFF.ID).from(STAFF).where(STAFF.USERNAME.eq("gv.toan")).fetchSingle().value1())
                .isEqualTo(DemoSchoolData.staffId("gv.toan"));
    }

    @Test
    void theStatusCountsWhatWaitsForTheServerAndForAPerson() {
        a.save(0, CK, "5");
        a.save(1, CK, "6");
        assertThat(a.replica.status()).isEqualTo(new SyncStatus(2, 0, 0, 0, 0, 0, false));
        a.replica.recordPushResults(server.push(a.replica.pendingChanges(0, 1)));
        assertThat(a.replica.status()).isEqualTo(new SyncStatus(1, 1, 0, 0, 0, 1, false));
        server.sync(a.replica);
        assertThat(a.replica.status()).isEqualTo(new SyncStatus(0, 0, 0, 0, 2, 2, false));
        assertThat(a.replica.pendingCount()).isZero();
    }
}
