package vn.truongso.systemtests.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.OkHttpClient;
import org.slf4j.LoggerFactory;
import vn.truongso.app.sync.SyncClient;
import vn.truongso.server.config.ServerConfig;
import vn.truongso.server.http.SyncServer;
import vn.truongso.server.school.School;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.TestServer;

/**
 * Benchmark 3: {@value #SCHOOLS_DEFAULT} schools pushing at once to one server on PostgreSQL, against a batched JDBC
 * insert of the same rows into the same PostgreSQL. Target (DESIGN §6): at least 30 % of the reference rate, 0 lost.
 *
 * <p>The scene is the one DESIGN §3.9 names: a province server whose schools all come back online together (the
 * line returns after a storm, the morning after a holiday) with their grading queued. Each school is a
 * {@link BenchSchool#small} school whose PC has {@link SchoolDay} waiting (1,000 changes: new grade cells and
 * corrections of them); every PC has its own thread and its own connection, and all are released at one instant.
 * "At once" is therefore all 200 PCs' first requests arriving within milliseconds — far more than the server
 * serves at a time, so most are answered 429 and come back after the Retry-After, exactly as the app does. The
 * server runs as shipped (pool of 10 connections, 32 requests at a time, Retry-After 2 s); only its enrolment
 * limit is raised, since every PC enrols from the one loopback address (as behind a proxy, README).
 *
 * <p>Our rate is the rows the pushes leave (one log entry per change, one row state per grade cell) over the wall
 * time from the release to the last PC's last acknowledgement. The audit ({@link PushAudit}) then fails the run
 * unless every change is in its school's log exactly once, gapless, as answered. The reference
 * ({@link PostgresReferenceInsert}) inserts those same rows again, read back from the database.
 */
final class ManySchoolsPushBench {
    static final int SCHOOLS_DEFAULT = 200;
    private static final int SCHOOLS = Integer.getInteger("bench.push.schools", SCHOOLS_DEFAULT);
    private static final int WARM_UP_SCHOOLS = Integer.getInteger("bench.push.warmUpSchools", 40);
    /** The reference is cheap, and the load of a shared machine varies by the minute: its median of a few runs. */
    private static final int REFERENCE_RUNS = Integer.getInteger("bench.push.referenceRuns", 3);
    private static final int CLASSES = 4;
    private static final int CLASS_SIZE = 45;

    private ManySchoolsPushBench() {}

    static Report run(Clock clock) throws Exception {
        quietRequestLogs();
        ServerConfig shipped = ServerConfig.defaults();
        try (TestServer server = TestServer.start(DatabaseKind.POSTGRESQL, config -> config
                        .withPoolSize(shipped.poolSize())
                        .withLimits(shipped.maxBodyBytes(), shipped.maxConcurrentRequests(), 1_000_000),
                Clock.systemUTC(), List.of())) {
            OkHttpClient http = SyncClient.defaultHttp();
            String url = server.server().baseUri().toString();
            long setup = System.nanoTime();
            List<PushAudit.Pushed> warmUp = prepare(server, http, url, clock, WARM_UP_SCHOOLS, "warm-up");
            List<PushAudit.Pushed> measured = prepare(server, http, url, clock, SCHOOLS, "school");
            System.out.printf(Locale.ROOT, "many schools: %d schools (+%d warm-up) of %d classes × %d students, each PC"
                            + " with %d changes waiting; set up and enrolled in %.1f s (server: pool %d, %d requests at"
                            + " once, Retry-After %d s)%n", SCHOOLS, WARM_UP_SCHOOLS, CLASSES, CLASS_SIZE,
                    measured.getFirst().day().changes().size(), (System.nanoTime() - setup) / 1e9,
                    server.context().config().poolSize(), server.context().config().maxConcurrentRequests(),
                    server.context().config().retryAfterSeconds());

            // One unmeasured round of each first: class loading and the JIT are not what is measured.
            Outcome warm = pushAllAtOnce(warmUp);
            PushAudit.of(server.context().database().dsl(), warmUp).requireClean();
            PostgresReferenceInsert.ofRowsLeftBy(server.context().database().dsl(), devices(warmUp), schools(warmUp))
                    .insertInto(server.context().database().dataSource());
            System.out.printf(Locale.ROOT, "  warm-up: %d schools pushed in %.2f s%n", warmUp.size(), warm.nanos / 1e9);
            JitQuiet.await();

            // CPU seconds besides wall time: on a machine shared with other work, they say what each side cost.
            CpuMeter cpu = CpuMeter.of(server.context().database().dataSource());
            long jvmBefore = CpuMeter.jvmNanos();
            long pgBefore = cpu.postgresNanos();
            Outcome ours = pushAllAtOnce(measured);
            long oursJvm = CpuMeter.jvmNanos() - jvmBefore;
            long oursPg = cpu.postgresNanos() - pgBefore;
            PushAudit audit = PushAudit.of(server.context().database().dsl(), measured).requireClean();
            long changes = PushAudit.changes(measured);
            long rows = changes + PushAudit.cells(measured);
            PostgresReferenceInsert reference = PostgresReferenceInsert.ofRowsLeftBy(
                    server.context().database().dsl(), devices(measured), schools(measured));
            if (reference.rows() != rows) {
                throw new IllegalStateException("the database holds " + reference.rows() + " rows of the pushes, not "
                        + rows);
            }
            jvmBefore = CpuMeter.jvmNanos();
            pgBefore = cpu.postgresNanos();
            List<Long> referenceRuns = new ArrayList<>();
            for (int run = 0; run < REFERENCE_RUNS; run++) {
                referenceRuns.add(reference.insertInto(server.context().database().dataSource()));
            }
            long referenceNanos = Report.percentile(referenceRuns, 50);
            long referenceJvm = CpuMeter.jvmNanos() - jvmBefore;
            long referencePg = cpu.postgresNanos() - pgBefore;
            if (cpu.available()) {
                System.out.printf(Locale.ROOT, "  CPU: ours %.1f s in this JVM (server, PCs, JIT, GC) + %.1f s in"
                                + " PostgreSQL; reference %.1f s + %.1f s (CPU ratio %.2f)%n", oursJvm / 1e9, oursPg / 1e9,
                        referenceJvm / 1e9 / REFERENCE_RUNS, referencePg / 1e9 / REFERENCE_RUNS,
                        (double) (referenceJvm + referencePg) / REFERENCE_RUNS / (oursJvm + oursPg));
            }

            double seconds = ours.nanos / 1e9;
            double oursRate = rows / seconds;
            double referenceRate = rows / (referenceNanos / 1e9);
            double ratio = oursRate / referenceRate;
            System.out.printf(Locale.ROOT, "  pushes: %d changes (%d rows) from %d schools in %.2f s = %.0f changes/s;"
                            + " %d pushes answered, %d answered 429 (at most %d for one PC) and %d answered 503, each"
                            + " Retry-After honoured (%.0f s waited in all); audit: %d lost, %d duplicated, every"
                            + " school's log gapless%n", changes, rows, measured.size(), seconds, changes / seconds,
                    ours.pushes, ours.tooManyRequests, ours.mostTooManyRequests, ours.unavailable,
                    ours.waited.toMillis() / 1e3, audit.lost(), audit.duplicates());
            System.out.printf(Locale.ROOT, "  reference: %d rows in %s s (median %.2f s)%n", rows,
                    referenceRuns.stream().map(n -> String.format(Locale.ROOT, "%.2f", n / 1e9)).toList(),
                    referenceNanos / 1e9);
            return Report.of("3. " + measured.size() + " schools pushing at once, PostgreSQL (" + rows + " rows)",
                    String.format(Locale.ROOT, "%.0f rows/s (%.0f changes/s, %.2f s; %d × 429, %d × 503; 0 lost,"
                            + " 0 dup.)", oursRate, changes / seconds, seconds, ours.tooManyRequests, ours.unavailable),
                    String.format(Locale.ROOT, "%.0f rows/s (%.2f s, median of %d; JDBC batches of %d, one"
                                    + " connection)", referenceRate, referenceNanos / 1e9, REFERENCE_RUNS,
                            PostgresReferenceInsert.BATCH),
                    ratio, ">= 0.30 of reference rate, 0 lost", ratio >= 0.30 && audit.lost() == 0);
        }
    }

    /** Schools written on the server, each with its PC enrolled through the real route and its day prepared. */
    private static List<PushAudit.Pushed> prepare(TestServer server, OkHttpClient http, String url, Clock clock,
                                                  int count, String name) throws Exception {
        List<PushAudit.Pushed> schools = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            School school = server.newSchool();
            BenchSchool bench = BenchSchool.small(school, CLASSES, CLASS_SIZE).writeTo(server.context());
            PushingPc pc = PushingPc.enrol(http, url, clock, server.newEnrolmentCode(school), name + " " + i);
            schools.add(new PushAudit.Pushed(pc, SchoolDay.of(bench, pc.deviceId(), school.id().getMostSignificantBits())));
        }
        return schools;
    }

    /** What all the PCs' pushes came to: wall time from the release to the last acknowledgement, and the 429s. */
    private record Outcome(long nanos, int pushes, int tooManyRequests, int mostTooManyRequests, int unavailable,
                           Duration waited) {}

    /** Releases every PC at one instant, each pushing its day on its own thread; returns when all are done. */
    private static Outcome pushAllAtOnce(List<PushAudit.Pushed> schools) throws Exception {
        CountDownLatch ready = new CountDownLatch(schools.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(schools.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (PushAudit.Pushed school : schools) {
                done.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    school.pc().pushAll(school.day().changes());
                    return null;
                }));
            }
            ready.await();
            long start = System.nanoTime();
            go.countDown();
            for (Future<?> future : done) {
                future.get(); // a failed PC fails the benchmark, with its cause
            }
            long nanos = System.nanoTime() - start;
            return new Outcome(nanos, schools.stream().mapToInt(s -> s.pc().pushes()).sum(),
                    schools.stream().mapToInt(s -> s.pc().tooManyRequests()).sum(),
                    schools.stream().mapToInt(s -> s.pc().tooManyRequests()).max().orElse(0),
                    schools.stream().mapToInt(s -> s.pc().unavailable()).sum(),
                    schools.stream().map(s -> s.pc().waited()).reduce(Duration.ZERO, Duration::plus));
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<java.util.UUID> devices(List<PushAudit.Pushed> schools) {
        return schools.stream().map(s -> s.pc().deviceId()).toList();
    }

    private static List<java.util.UUID> schools(List<PushAudit.Pushed> schools) {
        return schools.stream().map(s -> s.pc().schoolId()).toList();
    }

    /**
     * The server logs every request and every 429 at INFO; with hundreds of PCs retrying that is thousands of lines
     * that would bury the figures, and this benchmark counts the 429s itself.
     */
    private static void quietRequestLogs() {
        for (String logger : List.of(SyncServer.class.getName(), "vn.truongso.server.http.ConcurrencyLimitFilter")) {
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(logger)).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
