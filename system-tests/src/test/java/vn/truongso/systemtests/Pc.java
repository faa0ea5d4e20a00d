package vn.truongso.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.OkHttpClient;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;
import vn.truongso.app.gradebook.CellEdit;
import vn.truongso.app.gradebook.CellKey;
import vn.truongso.app.gradebook.GradebookRef;
import vn.truongso.app.gradebook.SaveOutcome;
import vn.truongso.app.gradebook.StudentRow;
import vn.truongso.app.gradebook.TermGradebook;
import vn.truongso.app.gradebook.TermRef;
import vn.truongso.app.store.LocalStore;
import vn.truongso.app.store.schema.Tables;
import vn.truongso.app.sync.EnrolmentService;
import vn.truongso.app.sync.EnrolmentStore;
import vn.truongso.app.sync.LocalReplica;
import vn.truongso.app.sync.SyncClient;
import vn.truongso.app.sync.SyncEngine;
import vn.truongso.app.sync.SyncException;
import vn.truongso.core.demo.DemoSchoolData;
import vn.truongso.core.grading.AssessmentKind;

/**
 * One school PC in a system test: the real app store (an encrypted H2 file), enrolled with a real server over
 * HTTP, syncing with the real engine — started and stopped by the test instead of a background thread.
 */
final class Pc implements AutoCloseable {
    private final Path dataDir;
    private final Clock clock;
    private final OkHttpClient http;
    private AppServices app;
    private SyncEngine engine;

    private Pc(Path dataDir, Clock clock, OkHttpClient http) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.http = http;
        open();
    }

    /** A PC as installed: the app's first start made the local demo school, which enrolling replaces. */
    static Pc create(Clock clock, OkHttpClient http) throws Exception {
        return new Pc(Files.createTempDirectory("truongso-pc"), clock, http);
    }

    private static Path emptyTemplate;

    /**
     * A PC whose store is new and waits for its school from the server (no demo school to wipe first). Copies one
     * such store made once per JVM: the same files in a fraction of the time.
     */
    static Pc createEmpty(Clock clock, OkHttpClient http) throws Exception {
        Path dataDir = Files.createTempDirectory("truongso-pc");
        synchronized (Pc.class) {
            if (emptyTemplate == null) {
                Path template = Files.createTempDirectory("truongso-pc-template");
                try (LocalStore store = LocalStore.open(template, clock)) {
                    new LocalReplica(store).resetForEnrolment(LocalReplica.Reset.LOCAL_SCHOOL_ONLY);
                }
                emptyTemplate = template;
            }
            try (var files = Files.list(emptyTemplate)) {
                for (Path file : files.toList()) {
                    Files.copy(file, dataDir.resolve(file.getFileName()));
                }
            }
        }
        return new Pc(dataDir, clock, http);
    }

    /**
     * The PC whose store is in {@code dataDir}: opened as it is, or — when the folder is empty — made new and waiting
     * for its school from the server (the crash test's PC processes start this way and restart on the same folder).
     */
    static Pc openAt(Path dataDir, Clock clock, OkHttpClient http) throws Exception {
        Files.createDirectories(dataDir);
        boolean fresh;
        try (var files = Files.list(dataDir)) {
            fresh = files.findAny().isEmpty();
        }
        if (fresh) {
            try (LocalStore store = LocalStore.open(dataDir, clock)) {
                new LocalReplica(store).resetForEnrolment(LocalReplica.Reset.LOCAL_SCHOOL_ONLY);
            }
        }
        return new Pc(dataDir, clock, http);
    }

    Path dataDir() {
        return dataDir;
    }

    private void open() {
        app = AppServices.open(dataDir, clock);
    }

    AppServices app() {
        return app;
    }

    LocalReplica replica() {
        return new LocalReplica(app.store());
    }

    EnrolmentService.Enrolled enrol(String serverUrl, String code, String name) throws SyncException {
        EnrolmentStore enrolments = new EnrolmentStore(app.store());
        return new EnrolmentService(app.store(), replica(), enrolments, http).enrol(serverUrl, code, name);
    }

    SyncEngine.Outcome sync() throws SyncException {
        return engine().syncOnce(progress -> { });
    }

    private SyncEngine engine() {
        if (engine == null) {
            EnrolmentStore enrolments = new EnrolmentStore(app.store());
            String server = enrolments.credentials().orElseThrow().serverUrl();
            engine = new SyncEngine(replica(), new SyncClient(http, server, clock), enrolments);
        }
        return engine;
    }

    Session login(String username) {
        return app.auth().login(username, DemoSchoolData.PASSWORD.toCharArray())
                .orElseThrow(() -> new AssertionError(username + " cannot log in"));
    }

    /** Types {@code text} into a cell of a class's subject gradebook in term I, as the teacher would. */
    SaveOutcome type(Session teacher, String className, String subject, int studentIndex, AssessmentKind kind, int seq,
                     String text) {
        GradebookRef ref = app.gradebooks().gradebooksFor(teacher).stream()
                .filter(g -> g.className().equals(className) && g.subjectName().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError(teacher.username() + " has no " + className + " " + subject));
        TermRef term = app.gradebooks().terms().get(0);
        TermGradebook book = app.gradebooks().loadTerm(teacher, ref.classId(), ref.subjectId(), term.id());
        StudentRow student = book.rows().get(studentIndex);
        return app.gradebooks().save(teacher, new CellEdit(new CellKey(student.studentId(), ref.subjectId(), term.id(),
                kind, seq), text));
    }

    /** Every grade cell this PC shows, by id: what two converged PCs must agree on. */
    Map<String, String> grades() {
        Map<String, String> grades = new TreeMap<>();
        app.store().db().selectFrom(Tables.ASSESSMENT).forEach(a -> grades.put(a.getId().toString(),
                a.getScore() != null ? a.getScore().stripTrailingZeros().toPlainString() : String.valueOf(a.getRating())));
        return grades;
    }

    /** Every synced row's working state as JSON (stored only where it differs from the confirmed one), by row. */
    Map<String, String> workingStates() {
        Map<String, String> states = new TreeMap<>();
        app.store().db().selectFrom(Tables.SYNC_ROW).forEach(r -> states.put(r.getEntity() + "/" + r.getRowId(),
                r.getWorkingJson() != null ? r.getWorkingJson() : r.getConfirmedJson()));
        return states;
    }

    List<String> conflictedCells() {
        List<String> cells = new ArrayList<>();
        replica().conflicts().forEach(c -> cells.add(c.entity() + "/" + c.rowId() + "/" + c.field()));
        return cells;
    }

    /** A copy of this PC's disk on another PC, as a lab image or a restored backup makes one. */
    Pc cloneDisk() throws Exception {
        app.close();
        Path copy = Files.createTempDirectory("truongso-clone");
        try (var files = Files.list(dataDir)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        open();
        engine = null;
        return new Pc(copy, clock, http);
    }

    /** Closes the store and opens it again, as a restarted app does. */
    void restart() {
        app.close();
        engine = null;
        open();
    }

    @Override
    public void close() {
        app.close();
    }
}
