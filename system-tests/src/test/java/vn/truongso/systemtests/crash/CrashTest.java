package vn.truongso.systemtests.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.server.db.schema.Tables.CHANGE_LOG;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.truongso.server.config.ServerConfig;
import vn.truongso.server.db.Database;

/**
 * The server process and the PC processes (separate JVMs) are killed with SIGKILL at random points of their
 * pushes and pulls, again and again, and restarted on the same files. Afterwards, once every PC has synced: all PCs
 * hold the same grades and sync states, every grade a PC announced as saved is in the server's log exactly once,
 * and the server's sequence numbers run 1..n without a gap.
 */
class CrashTest {
    private static final int PCS = 2;
    private static final int KILLS = 14;
    private static final int STEPS = 5_000; // more than the test ever lets a PC reach

    /** A child JVM whose output lines arrive in a queue, read on a thread of their own. */
    private record Child(Process process, BlockingQueue<String> lines) {
        String awaitLine(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (true) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                boolean gone = line == null && !process.isAlive() && lines.isEmpty();
                if (line == null && (gone || System.nanoTime() > deadline)) {
                    throw new AssertionError("no '" + prefix + "' within two minutes; process alive: " + process.isAlive()
                            + (process.isAlive() ? "" : ", exit code " + process.exitValue()));
                }
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, nothing flushed or closed
            process.waitFor();
        }
    }

    private final Set<UUID> announced = new HashSet<>();
    private final List<Process> started = new ArrayList<>();

    /** A failed run must not leave a server or PC process behind (they would outlive the test JVM). */
    @AfterEach
    void killWhatIsLeft() {
        started.forEach(Process::destroyForcibly);
    }
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void killedAtRandomPointsOfPushAndPullAndRestartedNothingIsLostOrDuplicated() throws Exception {
        Random random = new Random(20261123L);
        Path root = Files.createTempDirectory("truongso-crash");
        Path serverDir = root.resolve("server");
        int port = freePort();
        String url = "http://127.0.0.1:" + port;
        Child server = start(CrashServerMain.class, serverDir.toString(), String.valueOf(port), String.valueOf(PCS));
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < PCS; i++) {
            codes.add(server.awaitLine("CODE ").substring(5));
        }
        server.awaitLine("READY");
        List<Child> pcs = new ArrayList<>();
        for (int i = 0; i < PCS; i++) {
            pcs.add(startPc(root, url, i, random.nextLong(), codes.get(i)));
        }

        List<String> kills = new ArrayList<>();
        for (int kill = 0; kill < KILLS; kill++) {
            int victim = random.nextInt(PCS + 1);
            Child watched = pcs.get(random.nextInt(PCS));
            String marker = random.nextBoolean() ? "SYNC-START" : "EDIT ";
            for (int skip = random.nextInt(4); skip >= 0; skip--) {
                collect(watched.awaitLine(marker));
            }
            if (victim == PCS) {
                server.kill();
                kills.add("server after a PC's " + marker.strip());
                server = start(CrashServerMain.class, serverDir.toString(), String.valueOf(port));
                server.awaitLine("READY");
            } else {
                Child pc = pcs.get(victim);
                pc.kill();
                pc.lines().forEach(this::collect);
                kills.add("PC " + victim + " after " + marker.strip());
                pcs.set(victim, startPc(root, url, victim, random.nextLong(), codes.get(victim)));
            }
        }
        for (Child pc : pcs) {
            pc.kill(); // stop typing; what was saved stays in its store
            pc.lines().forEach(this::collect);
        }

        List<String> states = new ArrayList<>();
        List<String> grades = new ArrayList<>();
        for (int round = 0; round < 2; round++) { // the second round brings each PC what the others sent in the first
            states.clear();
            grades.clear();
            for (int i = 0; i < PCS; i++) {
                Child last = start(CrashPcMain.class, root.resolve("pc" + i).toString(), url, "0", "0", "final");
                grades.add(last.awaitLine("GRADES "));
                states.add(last.awaitLine("STATES "));
                assertThat(last.process().waitFor()).isZero();
            }
        }
        server.kill();
        System.out.printf("crash test: %d kills (%s); %d announced grades%n", kills.size(), kills, announced.size());

        assertThat(kills).hasSize(KILLS).anyMatch(k -> k.startsWith("server")).anyMatch(k -> k.startsWith("PC"));
        assertThat(announced).hasSizeGreaterThan(KILLS);
        assertThat(grades).as("every PC shows the same grades").containsOnly(grades.get(0));
        assertThat(states).as("and the same sync states").containsOnly(states.get(0));
        try (Database database = Database.open(ServerConfig.defaults().withDataDir(serverDir).withPort(0))) {
            List<UUID> logged = database.dsl().select(CHANGE_LOG.CHANGE_ID).from(CHANGE_LOG)
                    .where(CHANGE_LOG.DEVICE_ID.isNotNull()).fetch(CHANGE_LOG.CHANGE_ID);
            List<Long> seqs = database.dsl().select(CHANGE_LOG.SERVER_SEQ).from(CHANGE_LOG)
                    .orderBy(CHANGE_LOG.SERVER_SEQ).fetch(CHANGE_LOG.SERVER_SEQ);
            assertThat(logged).as("kills: %s", kills).containsAll(announced).doesNotHaveDuplicates();
            assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, seqs.size()).boxed().toList());
        }
    }

    private void collect(String line) {
        if (line.startsWith("EDIT ")) {
            announced.add(UUID.fromString(line.substring(5).strip()));
        }
    }

    private Child startPc(Path root, String url, int index, long seed, String code) throws IOException {
        List<String> args = new ArrayList<>(List.of(root.resolve("pc" + index).toString(), url, String.valueOf(seed),
                String.valueOf(STEPS)));
        if (code != null) {
            args.add(code);
        }
        return start(CrashPcMain.class, args.toArray(String[]::new));
    }

    private Child start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-XX:TieredStopAtLevel=1", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", main.getName()));
        command.addAll(List.of(args));
        Path errors = Files.createTempFile("truongso-crash-" + main.getSimpleName(), ".err");
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        started.add(process);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // the process was killed mid-line
            }
        });
        return new Child(process, lines);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
