package vn.truongso.app.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;
import vn.truongso.app.gradebook.DemoFixture;
import vn.truongso.app.gradebook.GradebookRef;
import vn.truongso.app.gradebook.StudentRow;
import vn.truongso.core.demo.DemoSchoolData;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.FieldEdit;
import vn.truongso.core.sync.Hlc;
import vn.truongso.core.sync.Protocol;

/**
 * Run in its own JVM by {@link KillDuringPullTest}: a PC pulling a log in which another PC fills the CK and GK
 * columns of 10A1 Toán again and again, one page per round. It announces each page before applying it, so the test
 * can kill it in the middle of one, and resumes from its cursor when started again.
 */
public final class PullingPc {
    static final int PAGES = 12;
    static final List<AssessmentKind> COLUMNS = List.of(AssessmentKind.CK, AssessmentKind.GK);
    private static final UUID OTHER_PC = UUID.fromString("0193a1b2-0000-7000-8000-0000000000cc");

    public static void main(String[] args) {
        try (AppServices app = DemoFixture.open(Path.of(args[0]))) {
            LocalReplica replica = new LocalReplica(app.store());
            List<Cell> cells = cells(app);
            long cursor = replica.cursor();
            if (cursor % cells.size() != 0) {
                System.out.println("PARTIAL " + cursor);
                return;
            }
            for (int page = (int) (cursor / cells.size()) + 1; page <= PAGES; page++) {
                System.out.println("APPLYING " + page);
                System.out.flush();
                replica.applyPullPage(page(cells, page));
                System.out.println("APPLIED " + page);
                System.out.flush();
            }
            System.out.println("DONE");
        }
    }

    /** One grade cell of the log: a student of 10A1 and a column of Toán in term I. */
    record Cell(UUID id, UUID student, UUID subject, UUID term, AssessmentKind kind) {}

    static List<Cell> cells(AppServices app) {
        Session teacher = DemoFixture.login(app, "gv.toan");
        GradebookRef maths = DemoFixture.gradebook(app, teacher, "10A1", "Toán");
        UUID term = DemoFixture.term(app, 1).id();
        List<Cell> cells = new ArrayList<>();
        for (StudentRow row : app.gradebooks().loadTerm(teacher, maths.classId(), maths.subjectId(), term).rows()) {
            for (AssessmentKind kind : COLUMNS) {
                cells.add(new Cell(Ids.derived("assessment", row.studentId(), maths.subjectId(), term, kind, 1),
                        row.studentId(), maths.subjectId(), term, kind));
            }
        }
        return cells;
    }

    static String score(int page, int cell) {
        return String.valueOf(((page * 7 + cell) % 100) / 10.0);
    }

    static UUID changeId(int page, int cell) {
        return Ids.derived("kill-test-change", page, cell);
    }

    static long serverSeq(int page, int cell, int cells) {
        return (long) (page - 1) * cells + cell + 1;
    }

    static Protocol.PullPage page(List<Cell> cells, int page) {
        List<Protocol.PullEntry> entries = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            Map<String, FieldEdit> fields = new LinkedHashMap<>();
            if (page == 1) {
                fields.put("student_id", new FieldEdit(cell.student().toString(), List.of()));
                fields.put("subject_id", new FieldEdit(cell.subject().toString(), List.of()));
                fields.put("term_id", new FieldEdit(cell.term().toString(), List.of()));
                fields.put("kind", new FieldEdit(cell.kind().name(), List.of()));
                fields.put("seq", new FieldEdit("1", List.of()));
                fields.put("score", new FieldEdit(score(page, i), List.of()));
            } else {
                fields.put("score", new FieldEdit(score(page, i), List.of(changeId(page - 1, i))));
            }
            Change change = Change.edit(changeId(page, i), "assessment", cell.id(), fields,
                    new Hlc(1_795_000_000_000L + page, i), OTHER_PC, serverSeq(page, i, cells.size()),
                    DemoSchoolData.staffId("gv.toan"));
            entries.add(new Protocol.PullEntry(serverSeq(page, i, cells.size()), change));
        }
        return new Protocol.PullPage(entries, serverSeq(page, cells.size() - 1, cells.size()), page < PAGES);
    }
}
