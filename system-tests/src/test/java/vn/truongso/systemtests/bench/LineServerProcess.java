package vn.truongso.systemtests.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** {@link LineServerMain} running inside the {@link ServerNamespace}; its output lines arrive in a queue. */
final class LineServerProcess implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Path errors;

    private LineServerProcess(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
    }

    static LineServerProcess start(ServerNamespace namespace, Path dataDir, int port, int pcs) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(namespace.inside(java, "-cp", System.getProperty("java.class.path"),
                "-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", LineServerMain.class.getName(),
                dataDir.toString(), String.valueOf(port), String.valueOf(pcs)));
        Path errors = dataDir.resolveSibling("server-errors.log"); // deleted with the benchmark's folder
        Files.createDirectories(dataDir);
        // ip netns exec execs java in place: the Process is the JVM itself, and destroying it kills the server.
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        LineServerProcess server = new LineServerProcess(process, errors);
        Thread.ofPlatform().daemon().name("line-server-out").start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                out.lines().forEach(server.lines::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // the server was stopped
            }
        });
        return server;
    }

    /** The next output line starting with {@code prefix}, without it; fails if the server stops or is silent too long. */
    String awaitLine(String prefix, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line.substring(prefix.length()).strip();
            }
            if (line == null && (!process.isAlive() || System.nanoTime() > deadline)) {
                throw new IllegalStateException("the line server printed no '" + prefix + "' (alive: " + process.isAlive()
                        + "); its errors: " + lastErrors());
            }
        }
    }

    private String lastErrors() {
        try {
            String text = Files.readString(errors);
            return text.substring(Math.max(0, text.length() - 2_000));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
