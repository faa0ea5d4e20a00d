package vn.truongso.app.store;

import java.nio.file.Path;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;
import vn.truongso.app.gradebook.CellEdit;
import vn.truongso.app.gradebook.ColumnKey;
import vn.truongso.app.gradebook.DemoFixture;
import vn.truongso.app.gradebook.GradebookRef;
import vn.truongso.app.gradebook.SaveOutcome;
import vn.truongso.app.gradebook.StudentRow;
import vn.truongso.app.gradebook.TermRef;
import vn.truongso.core.grading.AssessmentKind;

/**
 * Run in its own JVM by {@link KillAfterSaveTest}: a teacher types end-of-term scores down the column of 10A1 Toán,
 * announcing each cell on stdout the moment the app has accepted it, then waiting for "next" on stdin, so that the
 * test can kill her at exactly that moment.
 */
public final class CrashingTeacher {
    public static final ColumnKey COLUMN = new ColumnKey(AssessmentKind.CK, 1);

    public static void main(String[] args) throws Exception {
        AppServices app = DemoFixture.open(Path.of(args[0]));
        Session teacher = DemoFixture.login(app, "gv.toan");
        GradebookRef maths = DemoFixture.gradebook(app, teacher, "10A1", "Toán");
        TermRef term = DemoFixture.term(app, 1);
        var rows = app.gradebooks().loadTerm(teacher, maths.classId(), maths.subjectId(), term.id()).rows();
        var commands = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
        System.out.println("READY");
        for (int round = 0; ; round++) {
            for (int i = 0; i < rows.size(); i++) {
                StudentRow row = rows.get(i);
                String score = scoreFor(round, i);
                SaveOutcome outcome = app.gradebooks().save(teacher,
                        new CellEdit(DemoFixture.cell(row, maths, term, COLUMN), score));
                if (!(outcome instanceof SaveOutcome.Saved)) {
                    throw new IllegalStateException("refused: " + outcome);
                }
                System.out.println("SAVED " + i + " " + score);
                System.out.flush();
                if (!"next".equals(commands.readLine())) {
                    return;
                }
            }
        }
    }

    public static String scoreFor(int round, int studentIndex) {
        return String.valueOf(((round * 7 + studentIndex * 3) % 100) / 10.0);
    }
}
