package vn.truongso.app.gradebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;

/** The demo school in a real store file, at a fixed moment of term I, and helpers to reach its gradebooks. */
public final class DemoFixture {
    public static final String PASSWORD = vn.truongso.app.demo.DemoSchool.PASSWORD;
    public static final Clock LATE_NOVEMBER =
            Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private DemoFixture() {}

    private static Path template;

    /**
     * Opens the demo school in {@code dataDir}. The first call seeds it for real; later calls in the same JVM copy
     * that seeded store (file and key) into the folder, which is the same state in a fraction of the time.
     */
    public static AppServices open(Path dataDir) {
        try {
            if (!Files.exists(dataDir.resolve("store.key"))) {
                copyTemplateTo(dataDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AppServices.open(dataDir, LATE_NOVEMBER);
    }

    private static synchronized void copyTemplateTo(Path dataDir) throws IOException {
        if (template == null) {
            Path seeded = Files.createTempDirectory("truongso-demo-template");
            AppServices.open(seeded, LATE_NOVEMBER).close();
            template = seeded;
        }
        Files.createDirectories(dataDir);
        try (var files = Files.list(template)) {
            for (Path file : files.toList()) {
                Files.copy(file, dataDir.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
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
