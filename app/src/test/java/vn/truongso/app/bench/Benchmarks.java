package vn.truongso.app.bench;

import static vn.truongso.app.store.schema.Tables.LOCAL_SETTING;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;
import vn.truongso.app.common.StatusModel;
import vn.truongso.app.gradebook.ColumnKey;
import vn.truongso.app.gradebook.DemoFixture;
import vn.truongso.app.gradebook.GradebookRef;
import vn.truongso.app.gradebook.GradebookView;
import vn.truongso.app.gradebook.GradebookViewModel;
import vn.truongso.app.gradebook.Period;
import vn.truongso.app.gradebook.TermRef;
import vn.truongso.app.i18n.I18n;

/**
 * The foundation's performance figures, each beside a reference measured in the same run on the same machine:
 * <ul>
 *   <li>loading the largest class's gradebook, against reading its cells with one plain query; and loading, laying
 *       out and drawing the gradebook screen, against a plain TableView of the same shape;</li>
 *   <li>keystroke commit → saved (checks, cell, history, outbox, one durable transaction) and the averages
 *       recomputed, through the screen's view model, median and p99 over ≥ 500 cells, against a bare one-row
 *       insert + commit into the same store;</li>
 *   <li>cold start to a visible gradebook (a fresh JVM), against a fresh JVM that only prints a line.</li>
 * </ul>
 * Targets (issue #2): commit-to-saved p99 under 16 ms, cold start under 2 s.
 */
public final class Benchmarks {
    private static final int CELLS = 600;

    public static void main(String[] args) throws Exception {
        headlessJavaFx();
        Path dir = Files.createTempDirectory("truongso-bench");
        System.out.println("Trường Số benchmarks — " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version"));
        try (AppServices app = DemoFixture.open(dir)) {
            Session teacher = DemoFixture.login(app, "gv.toan");
            GradebookRef largest = largestGradebook(app, teacher);
            GradebookScreen screen = onFx(() -> new GradebookScreen(app, teacher, largest));
            loadAndRender(app, teacher, largest, screen);
            keystrokeCommit(app, screen);
        }
        coldStart(dir);
        Platform.exit();
    }

    /** This machine has no display: JavaFX renders with its software pipeline on Monocle's headless platform. */
    private static void headlessJavaFx() throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
    }

    private static GradebookRef largestGradebook(AppServices app, Session teacher) {
        TermRef term = DemoFixture.term(app, 1);
        return app.gradebooks().gradebooksFor(teacher).stream().filter(GradebookRef::editableByUser)
                .max(Comparator.comparingInt((GradebookRef g) -> app.gradebooks()
                        .loadTerm(teacher, g.classId(), g.subjectId(), term.id()).rows().size()))
                .orElseThrow();
    }

    /** The gradebook screen as the app shows it: view model, view, a window of the app's size. */
    private static final class GradebookScreen {
        final GradebookViewModel model;
        final GradebookView view;
        final Scene scene;

        GradebookScreen(AppServices app, Session teacher, GradebookRef ref) {
            I18n i18n = new I18n();
            model = new GradebookViewModel(app.gradebooks(), teacher, i18n, new StatusModel());
            view = new GradebookView(model, i18n);
            scene = new Scene(view.root(), 1180, 760);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            view.activate();
            model.periodProperty().set(Period.TERM_ONE);
            model.gradebookProperty().set(ref);
        }

        void render() {
            view.root().applyCss();
            view.root().layout();
            scene.snapshot(null);
        }
    }

    private static void loadAndRender(AppServices app, Session teacher, GradebookRef ref, GradebookScreen screen)
            throws Exception {
        TermRef term = DemoFixture.term(app, 1);
        List<Long> load = time(200, () -> app.gradebooks().loadTerm(teacher, ref.classId(), ref.subjectId(), term.id())
                .rows().size());
        List<Long> loadReference = time(200, () -> app.store().db().fetch(
                "select a.* from assessment a join enrolment e on e.student_id = a.student_id "
                        + "where e.class_id = ? and a.subject_id = ? and a.term_id = ?",
                ref.classId(), ref.subjectId(), term.id()).size());
        List<Long> render = onFx(() -> time(60, () -> {
            screen.model.reload();
            screen.render();
            return screen.model.rows().size();
        }));
        PlainTable plain = onFx(() -> new PlainTable(screen.model.rows().size(), screen.model.columns().size()));
        List<Long> renderReference = onFx(() -> time(60, plain::reloadAndRender));
        int rows = screen.model.rows().size();
        String name = ref.className() + " " + ref.subjectName() + ", " + rows + " students";
        report("load gradebook from the store (" + name + "), median", median(drop(load, 50)),
                "plain SQL read of its cells", median(drop(loadReference, 50)));
        report("load + lay out + draw the gradebook screen, median", median(drop(render, 20)),
                "a plain TableView of the same size", median(drop(renderReference, 20)));
    }

    private static void keystrokeCommit(AppServices app, GradebookScreen screen) throws Exception {
        List<ColumnKey> columns = onFx(screen.model::assessmentKeys);
        int rows = onFx(() -> screen.model.rows().size());
        List<Long> ours = onFx(() -> {
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < CELLS + 100; i++) {
                int row = i % rows;
                ColumnKey column = columns.get((i / rows) % columns.size());
                String text = String.valueOf((i * 37 % 101) / 10.0);
                long start = System.nanoTime();
                if (!screen.model.commit(row, column, text)) {
                    throw new IllegalStateException("refused " + text);
                }
                nanos.add(System.nanoTime() - start);
            }
            return drop(nanos, 100);  // the first 100 warm the JIT
        });
        List<Long> reference = new ArrayList<>();
        for (int i = 0; i < CELLS + 100; i++) {
            String name = "bench-" + i;
            long start = System.nanoTime();
            app.store().write(tx -> tx.insertInto(LOCAL_SETTING).set(LOCAL_SETTING.NAME, name)
                    .set(LOCAL_SETTING.SETTING_VALUE, "x").execute());
            reference.add(System.nanoTime() - start);
        }
        reference = drop(reference, 100);
        report("keystroke commit -> saved + averages recomputed, median of " + ours.size(), median(ours),
                "bare one-row insert + commit", median(reference));
        report("keystroke commit -> saved + averages recomputed, p99 (target < 16 ms)", percentile(ours, 99),
                "bare one-row insert + commit, p99", percentile(reference, 99));
    }

    /** The reference for drawing: a TableView of plain strings with the gradebook's shape, nothing of ours. */
    private static final class PlainTable {
        private final TableView<String[]> table = new TableView<>();
        private final Scene scene;
        private final int rows;
        private final int columns;

        PlainTable(int rows, int columns) {
            this.rows = rows;
            this.columns = columns;
            for (int c = 0; c < columns; c++) {
                int index = c;
                TableColumn<String[], String> column = new TableColumn<>("C" + c);
                column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()[index]));
                table.getColumns().add(column);
            }
            scene = new Scene(table, 1180, 760);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
        }

        long reloadAndRender() {
            List<String[]> items = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                String[] line = new String[columns];
                Arrays.fill(line, String.valueOf(r % 10));
                items.add(line);
            }
            table.getItems().setAll(items);
            table.applyCss();
            table.layout();
            scene.snapshot(null);
            return items.size();
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get();
    }

    private static List<Long> drop(List<Long> nanos, int warmUp) {
        return new ArrayList<>(nanos.subList(warmUp, nanos.size()));
    }

    /**
     * The app is started as README's run command starts it: from its jars, with the AppCDS class archive that the
     * first start after a build (or an install) writes. That first start is reported on its own.
     */
    private static void coldStart(Path dataDir) throws Exception {
        Files.deleteIfExists(Path.of(System.getProperty("bench.app.cdsArchive")));
        long first = coldStartMillis(dataDir) * 1_000_000;
        List<Long> ours = new ArrayList<>();
        List<Long> reference = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ours.add(coldStartMillis(dataDir) * 1_000_000);
            reference.add(bareJvmMillis() * 1_000_000);
        }
        report("first start after a build (writes the class archive)", first,
                "a JVM that only starts and prints", median(reference));
        report("cold start to a visible gradebook, median of 5 (target < 2 s)", median(ours),
                "a JVM that only starts and prints", median(reference));
        report("cold start to a visible gradebook, slowest of 5", percentile(ours, 100),
                "a JVM that only starts and prints, slowest", percentile(reference, 100));
    }

    /** Wall-clock time from launching the process to the app saying its gradebook is on screen. */
    private static long coldStartMillis(Path dataDir) throws Exception {
        long launched = System.nanoTime();
        Process app = javaProcess(System.getProperty("bench.app.classpath") + File.pathSeparator + monocleJar(), List.of(
                "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + System.getProperty("bench.app.cdsArchive"),
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Dtruongso.dataDir=" + dataDir, "-Dtruongso.bench.coldStart=true",
                "-Dtruongso.bench.user=gv.toan", "-Dtruongso.bench.password=" + DemoFixture.PASSWORD,
                "-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "vn.truongso.app.Launcher"));
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.add(line);
                if (line.startsWith("COLD_START_MS=")) {
                    long wallMillis = (System.nanoTime() - launched) / 1_000_000;
                    app.waitFor();
                    return wallMillis;
                }
            }
        }
        throw new IllegalStateException("the app exited without reporting its cold start, exit " + app.waitFor()
                + ":\n" + String.join("\n", output));
    }

    /** This machine has no display: the app renders on Monocle's headless platform, a test-only jar. */
    private static String monocleJar() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle")).findFirst()
                .orElseThrow(() -> new IllegalStateException("openjfx-monocle is not on the benchmark's classpath"));
    }

    private static long bareJvmMillis() throws Exception {
        long launched = System.nanoTime();
        Process jvm = javaProcess(System.getProperty("java.class.path"), List.of(BareJvm.class.getName()));
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

    private static Process javaProcess(String classpath, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"));
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
