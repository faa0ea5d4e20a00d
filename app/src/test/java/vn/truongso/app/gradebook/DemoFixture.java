package vn.truongso.app.gradebook;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;

/** The demo school in a real store file, at a fixed moment of term I, and helpers to reach its gradebooks. */
public final class DemoFixture {
    public static final String PASSWORD = "TruongSo@2026";
    public static final Clock LATE_NOVEMBER =
            Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private DemoFixture() {}

    public static AppServices open(Path dataDir) {
        return AppServices.open(dataDir, LATE_NOVEMBER);
    }

    public static Session login(AppServices app, String username) {
        return app.auth().login(username, PASSWORD.toCharArray())
                .orElseThrow(() -> new AssertionError("demo account " + username + " cannot log in"));
    }

    public static GradebookRef gradebook(AppServices app, Session session, String className, String subjectName) {
        return app.gradebooks().gradebooksFor(session).stream()
                .filter(g -> g.className().equals(className) && g.subjectName().equals(subjectName))
                .findFirst().orElseThrow(() -> new AssertionError(session.username() + " has no " + className
                        + " / " + subjectName));
    }

    public static TermRef term(AppServices app, int number) {
        return app.gradebooks().terms().stream().filter(t -> t.number() == number).findFirst().orElseThrow();
    }

    public static CellKey cell(StudentRow student, GradebookRef ref, TermRef term, ColumnKey column) {
        return new CellKey(student.studentId(), ref.subjectId(), term.id(), column.kind(), column.seq());
    }
}
