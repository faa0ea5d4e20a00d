package vn.truongso.app.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;
import vn.truongso.app.gradebook.CellEdit;
import vn.truongso.app.gradebook.CellKey;
import vn.truongso.app.gradebook.ColumnKey;
import vn.truongso.app.gradebook.DemoFixture;
import vn.truongso.app.gradebook.GradebookRef;
import vn.truongso.app.gradebook.SaveOutcome;
import vn.truongso.app.gradebook.StudentRow;
import vn.truongso.app.gradebook.TermRef;
import vn.truongso.core.demo.DemoSchoolData;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.FieldEdit;
import vn.truongso.core.sync.Hlc;
import vn.truongso.core.sync.Protocol;

/**
 * Sync situations for the screens' tests, made through the real replica on a demo store: a grade edited here and on
 * another PC at once (a conflict), a change the server refused, an enrolment with a server that cannot be reached.
 */
public final class SyncFixture {
    /** Another PC of the school, whose edits arrive through the server's log. */
    public static final UUID OTHER_PC = UUID.fromString("0193a1b2-0000-7000-8000-00000c0ffee1");
    public static final ColumnKey TX1 = new ColumnKey(AssessmentKind.TX, 1);
    public static final ColumnKey TX2 = new ColumnKey(AssessmentKind.TX, 2);
    /** Empty in 10A1 Toán in the demo school: a value typed there is always a change. */
    public static final ColumnKey GK = new ColumnKey(AssessmentKind.GK, 1);

    private SyncFixture() {}

    /** The gradebook cell of 10A1 Toán, term I, for the student at {@code index} (gv.toan teaches it). */
    public static CellKey mathsCell(AppServices app, Session teacher, int index, ColumnKey column) {
        GradebookRef maths = DemoFixture.gradebook(app, teacher, "10A1", "Toán");
        TermRef term = DemoFixture.term(app, 1);
        StudentRow student = app.gradebooks().loadTerm(teacher, maths.classId(), maths.subjectId(), term.id()).rows()
                .get(index);
        return DemoFixture.cell(student, maths, term, column);
    }

    /** The first student of 10A1 from {@code from} on whose Toán TX1 the demo school entered. */
    public static int gradedStudent(AppServices app, Session teacher, int from) {
        GradebookRef maths = DemoFixture.gradebook(app, teacher, "10A1", "Toán");
        TermRef term = DemoFixture.term(app, 1);
        List<StudentRow> rows = app.gradebooks().loadTerm(teacher, maths.classId(), maths.subjectId(), term.id())
                .rows();
        for (int i = from; i < rows.size(); i++) {
            if (rows.get(i).cells().containsKey(TX1)) {
                return i;
            }
        }
        throw new AssertionError("no graded student after " + from);
    }

    public static UUID cellId(CellKey key) {
        return Ids.derived("assessment", key.studentId(), key.subjectId(), key.termId(), key.kind(), key.seq());
    }

    /**
     * The teacher types {@code mine} into an already graded TX1 while the same teacher's edit to {@code theirs}
     * (wire text, e.g. "9.0") made on {@link #OTHER_PC} arrives through the server's log: one conflict on the score.
     *
     * @return the cell
     */
    public static CellKey gradeConflict(AppServices app, Session teacher, int student, String mine, String theirs) {
        CellKey key = mathsCell(app, teacher, student, TX1);
        UUID cell = cellId(key);
        LocalReplica replica = app.sync().replica();
        List<UUID> seen = replica.workingState("assessment", cell).orElseThrow().versions("score");
        save(app, teacher, key, mine);
        Change other = Change.edit(Ids.newId(), "assessment", cell, Map.of("score", FieldEdit.of(theirs, seen)),
                new Hlc(app.store().clock().millis() - 3_600_000, 0), OTHER_PC, 1, teacher.staffId());
        long seq = replica.cursor() + 1;
        replica.applyPullPage(new Protocol.PullPage(List.of(new Protocol.PullEntry(seq, other)), seq, false));
        return key;
    }

    /** The teacher types {@code text} into a cell and the server refuses the change with {@code reason}. */
    public static CellKey refusedGrade(AppServices app, Session teacher, int student, ColumnKey column, String text,
                                       String reason) {
        CellKey key = mathsCell(app, teacher, student, column);
        save(app, teacher, key, text);
        LocalReplica replica = app.sync().replica();
        UUID cell = cellId(key);
        Change change = replica.pendingChanges(replica.ackedSeq(), 10_000).stream()
                .filter(c -> c.row().equals(cell)).reduce((first, second) -> second).orElseThrow();
        replica.recordPushResults(new Protocol.PushResponse(change.deviceSeq(),
                List.of(Protocol.ChangeResult.refused(change, reason, "refused by the test"))));
        return key;
    }

    private static void save(AppServices app, Session teacher, CellKey key, String text) {
        SaveOutcome outcome = app.gradebooks().save(teacher, new CellEdit(key, text));
        if (!(outcome instanceof SaveOutcome.Saved)) {
            throw new AssertionError("not saved: " + outcome);
        }
    }

    /** An address on this machine where nothing listens (a port just closed). */
    public static String unreachableServer() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores an enrolment of this PC with the demo school at {@code serverUrl}, as if it had enrolled there and
     * pulled from it (its key is real, its certificates are not): for a PC whose server is off. The next start
     * finishes the enrolment (a new device id) and keeps the school, which counts as the server's.
     */
    public static void enrolWithoutServer(AppServices app, String serverUrl) {
        LocalReplica replica = app.sync().replica();
        replica.applyPullPage(new Protocol.PullPage(List.of(), replica.cursor() + 1, false));
        var keys = DeviceKeys.generate();
        DeviceCredentials credentials = new DeviceCredentials(serverUrl, Ids.newId(), DemoSchoolData.SCHOOL_ID,
                DemoSchoolData.SCHOOL_CODE, keys.getPrivate().getEncoded(), new byte[] {1}, new byte[] {2});
        EnrolmentStore enrolments = new EnrolmentStore(app.store());
        app.store().write(tx -> {
            enrolments.save(tx, credentials, "token-1");
            return null;
        });
        // As if it had synced once: its data came from the server, so enrolment keeps it.
        new LocalReplica(app.store()).applyPullPage(new vn.truongso.core.sync.Protocol.PullPage(List.of(), 1, false));
    }
}
