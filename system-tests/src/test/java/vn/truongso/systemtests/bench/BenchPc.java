package vn.truongso.systemtests.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.UUID;
import okhttp3.OkHttpClient;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;
import vn.truongso.app.gradebook.CellEdit;
import vn.truongso.app.gradebook.CellKey;
import vn.truongso.app.gradebook.SaveOutcome;
import vn.truongso.app.store.LocalStore;
import vn.truongso.app.store.schema.Tables;
import vn.truongso.app.sync.EnrolmentService;
import vn.truongso.app.sync.EnrolmentStore;
import vn.truongso.app.sync.LocalReplica;
import vn.truongso.app.sync.SyncClient;
import vn.truongso.app.sync.SyncEngine;
import vn.truongso.app.sync.SyncException;
import vn.truongso.core.grading.AssessmentKind;

/**
 * A school PC for the benchmarks: the real app store (an encrypted H2 file) made new and waiting for its school,
 * enrolled over HTTP, syncing with the real engine and client.
 */
final class BenchPc implements AutoCloseable {
    private final Path dataDir;
    private final Clock clock;
    private final OkHttpClient http;
    private final AppServices app;
    private SyncClient client;
    private SyncEngine engine;

    private BenchPc(Path dataDir, Clock clock, OkHttpClient http) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.http = http;
        this.app = AppServices.open(dataDir, clock);
    }

    /** A PC whose store is new and waits for its school from the server (as after installing and enrolling). */
    static BenchPc createEmpty(Path dataDir, Clock clock, OkHttpClient http) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (LocalStore store = LocalStore.open(dataDir, clock)) {
            new LocalReplica(store).resetForEnrolment(LocalReplica.Reset.LOCAL_SCHOOL_ONLY);
        }
        return new BenchPc(dataDir, clock, http);
    }

    /** The PC whose store is in {@code dataDir}, as it is. */
    static BenchPc open(Path dataDir, Clock clock, OkHttpClient http) {
        return new BenchPc(dataDir, clock, http);
    }

    AppServices app() {
        return app;
    }

    LocalReplica replica() {
        return new LocalReplica(app.store());
    }

    EnrolmentStore enrolments() {
        return new EnrolmentStore(app.store());
    }

    void enrol(String serverUrl, String code, String name) throws SyncException {
        new EnrolmentService(app.store(), replica(), enrolments(), http).enrol(serverUrl, code, name);
    }

    SyncClient client() {
        engine();
        return client;
    }

    SyncEngine engine() {
        if (engine == null) {
            EnrolmentStore enrolments = enrolments();
            client = new SyncClient(http, enrolments.credentials().orElseThrow().serverUrl(), clock);
            engine = new SyncEngine(replica(), client, enrolments);
        }
        return engine;
    }

    /**
     * A sync engine that reaches the server at {@code serverUrl} instead of the enrolled address, with an HTTP client
     * of its own (no connection carried over): for a PC put behind a poor line after it loaded its school.
     */
    SyncEngine engineVia(String serverUrl) {
        return new SyncEngine(replica(), new SyncClient(SyncClient.defaultHttp(), serverUrl, clock), enrolments());
    }

    SyncEngine.Outcome sync() throws SyncException {
        return engine().syncOnce(progress -> { });
    }

    Session login(String username) {
        return app.auth().login(username, BenchSchool.PASSWORD.toCharArray())
                .orElseThrow(() -> new IllegalStateException(username + " cannot log in"));
    }

    /** Saves a typed grade through the gradebook service, as the screen does; fails if it is refused. */
    void type(Session teacher, UUID student, UUID subject, UUID term, AssessmentKind kind, int seq, String text) {
        SaveOutcome outcome = app.gradebooks().save(teacher, new CellEdit(new CellKey(student, subject, term, kind, seq),
                text));
        if (!(outcome instanceof SaveOutcome.Saved)) {
            throw new IllegalStateException("not saved: " + outcome);
        }
    }

    /** The score this PC's table shows for a grade cell, as plain text; null when empty or absent. */
    String score(UUID assessmentId) {
        var score = app.store().db().select(Tables.ASSESSMENT.SCORE).from(Tables.ASSESSMENT)
                .where(Tables.ASSESSMENT.ID.eq(assessmentId)).fetchOne(Tables.ASSESSMENT.SCORE);
        return score == null ? null : score.stripTrailingZeros().toPlainString();
    }

    /** How many of {@code expected} (grade id → score as plain text) this PC's table shows. */
    int showing(java.util.Map<UUID, String> expected) {
        var scores = app.store().db().select(Tables.ASSESSMENT.ID, Tables.ASSESSMENT.SCORE).from(Tables.ASSESSMENT)
                .where(Tables.ASSESSMENT.ID.in(expected.keySet())).fetch();
        int showing = 0;
        for (var score : scores) {
            if (score.value2() != null
                    && score.value2().stripTrailingZeros().toPlainString().equals(expected.get(score.value1()))) {
                showing++;
            }
        }
        return showing;
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        app.close();
    }

    /** Closes the PC and deletes its files. */
    void discard() {
        close();
        deleteTree(dataDir);
    }

    static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
