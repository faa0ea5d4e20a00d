package vn.truongso.systemtests.bench;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import vn.truongso.app.auth.Session;
import vn.truongso.app.sync.SyncClient;
import vn.truongso.app.sync.SyncEngine;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.ProtocolJson;
import vn.truongso.server.school.School;

/**
 * Benchmark 4: a school day of changes over a poor line. PC A (the staff room's PC) holds 2,000 grade edits made
 * during the day — 1,600 end-of-term (CK) Toán scores typed into empty cells and 400 mid-term (GK) Ngoại ngữ scores
 * corrected — not yet sent. Then, at the same moment, A syncs (pushes them and pulls them back as confirmed) and
 * PC B, at another place of the same school, waits for news with the app's long poll. Each PC has a line of its own:
 * 64 kbit/s each way, 300 ms round trip, 2 % of packets lost each way ({@link PoorLine}, {@link DelayRelay}).
 *
 * <p>Measured: the time from the start until B's gradebook table shows all 2,000 values, and A's round; the bytes
 * each PC's line carried each way, as HTTP (requests and answers, headers included) and as frames on the wire
 * (TCP/IP headers, ACKs, retransmissions and lost packets included). Both PCs loaded the school (2,000 students) before,
 * over the same links not yet degraded ({@link #school}: its grades but the ones the day corrects left out).
 *
 * <p>Reference, same run: the least any protocol must move — the 2,000 changes as captured, as one gzip JSON array,
 * once up A's line and once down B's — and the least time for that: those bytes at 64 kbit/s once (the two lines
 * can carry them at the same time, the server passing on what arrives) plus a round trip on each line. The ratio is
 * the busier PC's wire bytes over those bytes.
 * Target (issue 3): at most 200 KB (1 KB = 1,000 bytes) on each PC's line, up and down together, counted on the
 * wire, and B shows everything in under 60 s.
 */
final class PoorLineBench {
    static final int NEW_SCORES = 1_600;
    static final int CORRECTIONS = 400;
    static final int EDITS = NEW_SCORES + CORRECTIONS;
    static final long TARGET_BYTES_PER_PC = 200_000;
    static final long TARGET_MILLIS = 60_000;
    private static final int SERVER_PORT = 8443;
    private static final long LONG_POLL_MILLIS = 20_000; // the app's (SyncScheduler)

    private PoorLineBench() {}

    /** What crossed one PC's line during the measured part. */
    record Traffic(long httpUp, long httpDown, PoorLine.Counters wire) {
        long wireTotal() {
            return wire.upBytes() + wire.downBytes();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "HTTP ↑%s ↓%s = %s; wire ↑%s ↓%s = %s (%d+%d packets lost)",
                    kb(httpUp), kb(httpDown), kb(httpUp + httpDown), kb(wire.upBytes()), kb(wire.downBytes()),
                    kb(wireTotal()), wire.lostUp(), wire.lostDown());
        }
    }

    static Report run(Clock clock) throws Exception {
        Path root = Files.createTempDirectory("truongso-bench-line");
        try (ServerNamespace namespace = ServerNamespace.create()) {
            PoorLine lineA = namespace.newLine(0);
            PoorLine lineB = namespace.newLine(1);
            try (LineServerProcess server = LineServerProcess.start(namespace, root.resolve("server"), SERVER_PORT, 2)) {
                long setup = System.nanoTime();
                UUID schoolId = UUID.fromString(server.awaitLine("SCHOOL ", 600));
                String codeA = server.awaitLine("CODE ", 60);
                String codeB = server.awaitLine("CODE ", 60);
                server.awaitLine("READY", 60);
                System.out.printf(Locale.ROOT, "poor line: server in namespace %s, school written in %.1f s%n",
                        namespace.name(), (System.nanoTime() - setup) / 1e9);
                BenchSchool school = school(new School(schoolId, LineServerMain.SCHOOL_CODE,
                        LineServerMain.SCHOOL_NAME, 0, null));
                try (BenchPc a = loadedPc(root.resolve("pcA"), clock, lineA, codeA, "Phòng GV 1");
                     BenchPc b = loadedPc(root.resolve("pcB"), clock, lineB, codeB, "Phòng GV 2")) {
                    return measure(school, a, b, lineA, lineB);
                }
            }
        } finally {
            BenchPc.deleteTree(root);
        }
    }

    /**
     * The 2,000-student school of benchmark 1 with, of its grades, only the mid-term English scores the day corrects:
     * the other 79,000 would take each PC minutes to load and change nothing that crosses the line during the day.
     */
    static BenchSchool school(School school) {
        return BenchSchool.large(school, (subject, kind) -> subject.equals("NN1") && kind.equals("GK"));
    }

    private static BenchPc loadedPc(Path dir, Clock clock, PoorLine line, String code, String name) throws Exception {
        long start = System.nanoTime();
        BenchPc pc = BenchPc.createEmpty(dir, clock, SyncClient.defaultHttp());
        pc.enrol("http://" + line.serverAddress() + ":" + SERVER_PORT, code, name);
        pc.sync();
        System.out.printf(Locale.ROOT, "  %s enrolled and loaded the school in %.1f s (line not degraded yet)%n", name,
                (System.nanoTime() - start) / 1e9);
        return pc;
    }

    private static Report measure(BenchSchool school, BenchPc a, BenchPc b, PoorLine lineA, PoorLine lineB)
            throws Exception {
        Map<UUID, String> expected = typeTheDay(school, a);
        List<Change> pending = a.replica().pendingChanges(a.replica().ackedSeq(), EDITS + 1);
        if (pending.size() != EDITS || a.showing(expected) != EDITS) {
            throw new IllegalStateException("PC A holds " + pending.size() + " pending changes and shows "
                    + a.showing(expected) + " of the " + EDITS + " edits");
        }
        long minimumBytes = gzip(ProtocolJson.writeBytes(pending)).length;
        double minimumSeconds = (double) minimumBytes / PoorLine.RATE_BYTES_PER_SECOND
                + 2 * (2 * DelayRelay.ONE_WAY_MILLIS / 1e3);

        lineA.degrade();
        lineB.degrade();
        try (DelayRelay relayA = DelayRelay.start(lineA.serverAddress(), SERVER_PORT);
             DelayRelay relayB = DelayRelay.start(lineB.serverAddress(), SERVER_PORT)) {
            SyncEngine engineA = a.engineVia(relayA.url());
            SyncEngine engineB = b.engineVia(relayB.url());
            PoorLine.Counters beforeA = lineA.counters();
            PoorLine.Counters beforeB = lineB.counters();
            long start = System.nanoTime();
            List<String> timeline = new java.util.concurrent.CopyOnWriteArrayList<>();
            CompletableFuture<Long> bShowsAll = CompletableFuture.supplyAsync(() -> pullUntilShown(engineB, b, expected,
                    start, timeline));
            SyncEngine.Outcome outcomeA = engineA.syncOnce(progress -> timeline.add(String.format(Locale.ROOT,
                    "A %s %d at %.1f s", progress.phase().name().toLowerCase(Locale.ROOT), progress.done(),
                    (System.nanoTime() - start) / 1e9)));
            long aDone = System.nanoTime() - start;
            long bDone = bShowsAll.get(10, TimeUnit.MINUTES);
            Traffic trafficA = new Traffic(relayA.upBytes(), relayA.downBytes(), lineA.counters().minus(beforeA));
            Traffic trafficB = new Traffic(relayB.upBytes(), relayB.downBytes(), lineB.counters().minus(beforeB));
            if (a.replica().pendingCount() != 0 || a.showing(expected) != EDITS) {
                throw new IllegalStateException("after its round PC A still has " + a.replica().pendingCount()
                        + " changes pending");
            }
            System.out.println("  timeline: " + String.join("; ", timeline));
            System.out.printf(Locale.ROOT, "  A: round (%d pushed, %d refused, %d pulled) in %.1f s over %d connection(s);"
                            + " %s%n", outcomeA.pushed(), outcomeA.refused(), outcomeA.pulled(), aDone / 1e9,
                    relayA.connections(), trafficA);
            System.out.printf(Locale.ROOT, "  B: shows all %d edits after %.1f s over %d connection(s); %s%n", EDITS,
                    bDone / 1e9, relayB.connections(), trafficB);
            System.out.printf(Locale.ROOT, "  least possible: %s (the 2,000 changes as one gzip JSON array) up A's line"
                    + " and down B's, %.1f s (at 64 kbit/s once, the lines working at once, plus a round trip on each)%n",
                    kb(minimumBytes), minimumSeconds);
            long busiest = Math.max(trafficA.wireTotal(), trafficB.wireTotal());
            boolean met = busiest <= TARGET_BYTES_PER_PC && bDone < TimeUnit.MILLISECONDS.toNanos(TARGET_MILLIS);
            return Report.of("4. a school day (2,000 edits), 64 kbit/s, 300 ms RTT, 2 % loss",
                    String.format(Locale.ROOT, "B shows all in %.1f s; wire A %s, B %s (HTTP A %s, B %s)", bDone / 1e9,
                            kb(trafficA.wireTotal()), kb(trafficB.wireTotal()), kb(trafficA.httpUp + trafficA.httpDown),
                            kb(trafficB.httpUp + trafficB.httpDown)),
                    String.format(Locale.ROOT, "%s up A's line and down B's, %.1f s", kb(minimumBytes),
                            minimumSeconds),
                    (double) busiest / minimumBytes, "<= 200 KB per PC (wire), < 60 s", met);
        }
    }

    /**
     * The day's edits, typed on A by the teachers through the gradebook, as the screen saves them; returns each
     * edited grade's id and its new score.
     */
    private static Map<UUID, String> typeTheDay(BenchSchool school, BenchPc a) {
        Random random = new Random(20_261_124L);
        Map<String, Session> sessions = new HashMap<>();
        Map<UUID, String> expected = new LinkedHashMap<>();
        UUID toan = school.subject("TOAN");
        UUID english = school.subject("NN1");
        List<BenchSchool.ClassInfo> classes = school.classes();
        for (BenchSchool.ClassInfo c : classes) {
            for (UUID student : c.students()) {
                if (expected.size() == NEW_SCORES) {
                    break;
                }
                type(a, sessions, school, c.teacherOf().get("TOAN"), student, toan, AssessmentKind.CK,
                        score(random, null), expected);
            }
        }
        // The corrections: the last classes' GK scores in English, each changed to another value.
        for (int i = classes.size() - 1; expected.size() < EDITS; i--) {
            BenchSchool.ClassInfo c = classes.get(i);
            for (UUID student : c.students()) {
                if (expected.size() == EDITS) {
                    break;
                }
                UUID grade = gradeId(student, english, school.termOne(), AssessmentKind.GK);
                type(a, sessions, school, c.teacherOf().get("NN1"), student, english, AssessmentKind.GK,
                        score(random, a.score(grade)), expected);
            }
        }
        return expected;
    }

    private static void type(BenchPc a, Map<String, Session> sessions, BenchSchool school, UUID teacher, UUID student,
                             UUID subject, AssessmentKind kind, String score, Map<UUID, String> expected) {
        Session session = sessions.computeIfAbsent(school.username(teacher), a::login);
        a.type(session, student, subject, school.termOne(), kind, 1, score);
        expected.put(gradeId(student, subject, school.termOne(), kind), score);
    }

    private static UUID gradeId(UUID student, UUID subject, UUID term, AssessmentKind kind) {
        return Ids.derived("assessment", student, subject, term, kind.name(), 1);
    }

    /** A score in halves from 3 to 10, as plain text, other than {@code current}. */
    private static String score(Random random, String current) {
        while (true) {
            String score = BigDecimal.valueOf(30 + 5L * random.nextInt(15), 1).stripTrailingZeros().toPlainString();
            if (!score.equals(current)) {
                return score;
            }
        }
    }

    /** B's long-poll loop, as the app's scheduler runs it; the nanoseconds from {@code start} until B shows all. */
    private static long pullUntilShown(SyncEngine engine, BenchPc b, Map<UUID, String> expected, long start,
                                       List<String> timeline) {
        try {
            int pulled = 0;
            while (true) {
                int now = engine.pullWaiting(LONG_POLL_MILLIS);
                pulled += now;
                timeline.add(String.format(Locale.ROOT, "B pulled %d at %.1f s", pulled,
                        (System.nanoTime() - start) / 1e9));
                if (now > 0 && b.showing(expected) == expected.size()) {
                    return System.nanoTime() - start;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("PC B's pull failed", e);
        }
    }

    private static byte[] gzip(byte[] bytes) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1000.0);
    }
}
