package vn.truongso.app.bench;

import static vn.truongso.app.store.schema.Tables.LOCAL_SETTING;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;
import vn.truongso.app.gradebook.CellEdit;
import vn.truongso.app.gradebook.ColumnKey;
import vn.truongso.app.gradebook.DemoFixture;
import vn.truongso.app.gradebook.GradebookRef;
import vn.truongso.app.gradebook.SaveOutcome;
import vn.truongso.app.gradebook.StudentRow;
import vn.truongso.app.gradebook.TermGradebook;
import vn.truongso.app.gradebook.TermRef;

/**
 * The foundation's performance figures, each beside a reference measured in the same run on the same machine:
 * <ul>
 *   <li>loading a 45-student gradebook, against reading the same rows with one plain query;</li>
 *   <li>keystroke commit → saved (checks, cell, history, outbox, one durable transaction) and the row's average
 *       recomputed, median and p99 over ≥ 500 cells, against a bare one-row insert + commit into the same store;</li>
 *   <li>cold start to a visible gradebook (a fresh JVM), against a fresh JVM that only prints a line.</li>
 * </ul>
 * Targets (issue #2): commit-to-saved p99 under 16 ms, cold start under 2 s.
 */
public final class Benchmarks {
    private static final int CELLS = 600;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("truongso-bench");
        System.out.println("Trường Số benchmarks — " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version"));
        try (AppServices app = DemoFixture.open(dir)) {
            Session teacher = DemoFixture.login(app, "gv.toan");
            GradebookRef maths = DemoFixture.gradebook(app, teacher, "10A1", "Toán");
            TermRef term = DemoFixture.term(app, 1);
            loadGradebook(app, teacher, maths, term);
            commitToSaved(app, teacher, maths, term);
        }
        coldStart(dir);
    }

    private static void loadGradebook(AppServices app, Session teacher, GradebookRef ref, TermRef term) {
        for (int i = 0; i < 50; i++) {  // warm-up: JIT and H2's page cache, as in a running app
            app.gradebooks().loadTerm(teacher, ref.classId(), ref.subjectId(), term.id());
        }
        List<Long> ours = time(200, () -> app.gradebooks().loadTerm(teacher, ref.classId(), ref.subjectId(), term.id())
                .rows().size());
        List<Long> reference = time(200, () -> app.store().db().fetch(
                "select a.* from assessment a join enrolment e on e.student_id = a.student_id "
                        + "where e.class_id = ? and a.subject_id = ? and a.term_id = ?",
                ref.classId(), ref.subjectId(), term.id()).size());
        int rows = app.gradebooks().loadTerm(teacher, ref.classId(), ref.subjectId(), term.id()).rows().size();
        report("load " + rows + "-student gradebook (median)", median(ours), "plain SQL read of its cells",
                median(reference));
    }

    private static void commitToSaved(AppServices app, Session teacher, GradebookRef ref, TermRef term) {
        TermGradebook sheet = app.gradebooks().loadTerm(teacher, ref.classId(), ref.subjectId(), term.id());
        List<StudentRow> rows = sheet.rows();
        List<ColumnKey> columns = sheet.columns();
        List<Long> ours = new ArrayList<>();
        for (int i = 0; i < CELLS + 100; i++) {
            StudentRow row = rows.get(i % rows.size());
            ColumnKey column = columns.get((i / rows.size()) % columns.size());
            String text = String.valueOf((i * 37 % 101) / 10.0);
            long start = System.nanoTime();
            SaveOutcome outcome = app.gradebooks().save(teacher, new CellEdit(DemoFixture.cell(row, ref, term, column), text));
            RowAverage.recompute(sheet, row, outcome);
            long elapsed = System.nanoTime() - start;
            if (i >= 100) {  // the first 100 warm the JIT
                ours.add(elapsed);
            }
        }
        List<Long> reference = new ArrayList<>();
        for (int i = 0; i < CELLS + 100; i++) {
            String name = "bench-" + i;
            long start = System.nanoTime();
            app.store().write(tx -> tx.insertInto(LOCAL_SETTING).set(LOCAL_SETTING.NAME, name)
                    .set(LOCAL_SETTING.SETTING_VALUE, "x").execute());
            long elapsed = System.nanoTime() - start;
            if (i >= 100) {
                reference.add(elapsed);
            }
        }
        report("keystroke commit -> saved + recomputed, median over " + ours.size() + " cells", median(ours),
                "bare one-row insert + commit", median(reference));
        report("keystroke commit -> saved + recomputed, p99 (target < 16 ms)", percentile(ours, 99),
                "bare one-row insert + commit, p99", percentile(reference, 99));
    }

    private static void coldStart(Path dataDir) throws Exception {
        List<Long> ours = new ArrayList<>();
        List<Long> reference = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ours.add(coldStartMillis(dataDir) * 1_000_000);
            reference.add(bareJvmMillis() * 1_000_000);
        }
        report("cold start to a visible gradebook, median of 3 (target < 2 s)", median(ours),
                "a JVM that only starts and prints", median(reference));
    }

    /** Wall-clock time from launching the process to the app saying its gradebook is on screen. */
    private static long coldStartMillis(Path dataDir) throws Exception {
        long launched = System.nanoTime();
        Process app = javaProcess(List.of("-Dtruongso.dataDir=" + dataDir, "-Dtruongso.bench.coldStart=true",
                "-Dtruongso.bench.user=gv.toan", "-Dtruongso.bench.password=" + DemoFixture.PASSWORD,
                "-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "vn.truongso.app.Launcher"));
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("COLD_START_MS=")) {
                    long wallMillis = (System.nanoTime() - launched) / 1_000_000;
                    app.waitFor();
                    return wallMillis;
                }
            }
        }
        throw new IllegalStateException("the app exited without reporting its cold start, exit " + app.waitFor());
    }

    private static long bareJvmMillis() throws Exception {
        long launched = System.nanoTime();
        Process jvm = javaProcess(List.of(BareJvm.class.getName()));
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            long wallMillis = (System.nanoTime() - launched) / 1_000_000;
            jvm.waitFor();
            if (line == null || !line.startsWith("STARTED")) {
                throw new IllegalStateException("the bare JVM printed " + line);
            }
            return wallMillis;
        }
    }

    private static Process javaProcess(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static List<Long> time(int times, LongSupplier work) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            work.getAsLong();
            nanos.add(System.nanoTime() - start);
        }
        return nanos;
    }

    private static long median(List<Long> nanos) {
        return percentile(nanos, 50);
    }

    private static long percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(Comparator.naturalOrder());
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static void report(String what, long oursNanos, String referenceName, long referenceNanos) {
        System.out.printf(Locale.ROOT, "%-70s %9.3f ms | reference: %-40s %9.3f ms | ratio %.2f%n", what,
                oursNanos / 1e6, referenceName, referenceNanos / 1e6, (double) oursNanos / referenceNanos);
    }

    /** The reference for cold start: how long this machine takes to start a JVM that does nothing. */
    public static final class BareJvm {
        public static void main(String[] args) {
            System.out.println("STARTED");
        }
    }
}
