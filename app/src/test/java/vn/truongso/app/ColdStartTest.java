package vn.truongso.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.app.demo.DemoSchool;

/** The cold-start benchmark hook, run as the benchmark runs it: a fresh JVM started from Launcher. */
class ColdStartTest {

    @TempDir
    Path dataDir;

    @Test
    void printsTheColdStartTimeOnceTheGradebookIsShownAndExitsWithZero() throws Exception {
        // The first start seeds the demo school; the second is the cold start the benchmark measures.
        Run first = launch(DemoSchool.PASSWORD);
        assertThat(first.exitCode).as(first.output).isZero();
        Run second = launch(DemoSchool.PASSWORD);
        assertThat(second.exitCode).as(second.output).isZero();
        assertThat(second.output).containsPattern("(?m)^COLD_START_MS=\\d+$");
        System.out.println("cold start, demo school already on disk: "
                + second.output.lines().filter(l -> l.startsWith("COLD_START_MS=")).findFirst().orElseThrow());
    }

    @Test
    void aWrongPasswordFailsLoudly() throws Exception {
        Run run = launch("wrong");
        assertThat(run.exitCode).as(run.output).isEqualTo(2);
        assertThat(run.output).contains("COLD_START_FAILED=login").doesNotContain("COLD_START_MS=");
    }

    private record Run(int exitCode, String output) {}

    private Run launch(String password) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dtruongso.dataDir=" + dataDir,
                "-Dtruongso.bench.coldStart=true", "-Dtruongso.bench.user=gv.toan",
                "-Dtruongso.bench.password=" + password,
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Djava.awt.headless=true", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                Launcher.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // Read while waiting: a full pipe would block the child.
        var output = process.getInputStream().readAllBytes();
        boolean exited = process.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        return new Run(exited ? process.exitValue() : -1, new String(output, StandardCharsets.UTF_8));
    }
}
