package vn.truongso.systemtests.bench;

import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import vn.truongso.app.auth.Session;
import vn.truongso.app.sync.SyncClient;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.core.ids.Ids;
import vn.truongso.server.school.School;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.TestServer;

/**
 * Benchmark 2: one grade typed on PC A, until PC B's table shows it — on loopback, with both PCs running the app's
 * own background sync (SyncService: a save nudges the push; the pull waits in a long poll that the server ends when
 * the school has news). Ours is the p99 of {@link #EDITS} edits; the reference is the p99 of bare HTTP round trips to
 * {@code /health} with the same client on the same server, measured in the same run. Target (DESIGN §6): p99 < 1 s.
 */
final class GradeLatencyBench {
    private static final int WARM_UP = 20;
    private static final int EDITS = Integer.getInteger("bench.latency.edits", 200);
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final long LOOK_EVERY_NANOS = TimeUnit.MICROSECONDS.toNanos(500);

    private GradeLatencyBench() {}

    static Report run(Clock clock) throws Exception {
        try (TestServer server = TestServer.start(DatabaseKind.H2)) {
            School school = server.newSchool();
            BenchSchool bench = BenchSchool.small(school, 2, 40).writeTo(server.context());
            OkHttpClient http = SyncClient.defaultHttp();
            String url = server.server().baseUri().toString();
            BenchPc a = BenchPc.createEmpty(Files.createTempDirectory("truongso-bench-a"), clock, http);
            BenchPc b = BenchPc.createEmpty(Files.createTempDirectory("truongso-bench-b"), clock, http);
            try {
                for (BenchPc pc : List.of(a, b)) {
                    pc.enrol(url, server.newEnrolmentCode(school), pc == a ? "PC A" : "PC B");
                    pc.sync();
                    pc.app().sync().start();
                }
                List<Long> ours = measureEdits(bench, a, b);
                List<Long> reference = measureHealth(http, url);
                return report(ours, reference);
            } finally {
                a.discard();
                b.discard();
            }
        }
    }

    /** Nanoseconds from each save on A until B shows the grade; the warm-up edits are not counted. */
    private static List<Long> measureEdits(BenchSchool school, BenchPc a, BenchPc b) throws TimeoutException {
        BenchSchool.ClassInfo c = school.classes().getFirst();
        UUID teacher = c.teacherOf().get("TOAN");
        Session session = a.login(school.username(teacher));
        UUID maths = school.subject("TOAN");
        List<Long> latencies = new ArrayList<>();
        for (int edit = -WARM_UP; edit < EDITS; edit++) {
            int index = edit + WARM_UP;
            UUID student = c.students().get(index % c.students().size());
            // Each round of the class moves every student's TX1 one point, so every edit is a real change.
            String score = String.valueOf(1 + (index / c.students().size()) % 10);
            UUID cell = Ids.derived("assessment", student, maths, school.termOne(), "TX", 1);
            long start = System.nanoTime();
            a.type(session, student, maths, school.termOne(), AssessmentKind.TX, 1, score);
            awaitShown(a, b, cell, score, start);
            if (edit >= 0) {
                latencies.add(System.nanoTime() - start);
            }
        }
        return latencies;
    }

    /** Looks at B's table every half millisecond: the resolution of the figure, far below what is measured. */
    private static void awaitShown(BenchPc a, BenchPc b, UUID cell, String score, long start)
            throws TimeoutException {
        while (!score.equals(b.score(cell))) {
            if (System.nanoTime() - start > GIVE_UP_NANOS) {
                throw new TimeoutException("PC B did not show " + score + " for " + cell + " within 30 s; A: "
                        + a.app().sync().overview() + "; B: " + b.app().sync().overview());
            }
            LockSupport.parkNanos(LOOK_EVERY_NANOS);
        }
    }

    private static List<Long> measureHealth(OkHttpClient http, String url) throws Exception {
        Request health = new Request.Builder().url(url.replaceAll("/$", "") + "/health").build();
        List<Long> latencies = new ArrayList<>();
        for (int call = -WARM_UP; call < EDITS; call++) {
            long start = System.nanoTime();
            try (Response response = http.newCall(health).execute()) {
                if (!response.isSuccessful()) {
                    throw new IllegalStateException("/health answered " + response.code());
                }
                response.body().bytes();
            }
            if (call >= 0) {
                latencies.add(System.nanoTime() - start);
            }
        }
        return latencies;
    }

    private static Report report(List<Long> ours, List<Long> reference) {
        double p50 = Report.percentile(ours, 50) / 1e6;
        double p99 = Report.percentile(ours, 99) / 1e6;
        double max = Report.percentile(ours, 100) / 1e6;
        double referenceP50 = Report.percentile(reference, 50) / 1e6;
        double referenceP99 = Report.percentile(reference, 99) / 1e6;
        System.out.printf(Locale.ROOT, "  grade A → B over %d edits: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                ours.size(), p50, p99, max);
        return Report.of("2. one grade from PC A to PC B (loopback), " + ours.size() + " edits",
                String.format(Locale.ROOT, "p99 %.1f ms (p50 %.1f ms, max %.1f ms)", p99, p50, max),
                String.format(Locale.ROOT, "p99 %.2f ms (p50 %.2f ms), GET /health round trip", referenceP99,
                        referenceP50),
                p99 / referenceP99, "p99 < 1,000 ms", p99 < 1_000);
    }
}
