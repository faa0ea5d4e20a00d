package vn.truongso.systemtests.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A network namespace of the benchmark's own, named with this JVM's process id, where the sync server runs behind
 * poor lines ({@link PoorLine}). Traffic between two namespaces really crosses the veth links, so their qdiscs and
 * loss rules apply to it (inside one namespace it would go over loopback). Deleting the namespace deletes its veth
 * ends, their host-side peers and every qdisc and nftables rule made in it; nothing is ever added to the host's
 * {@code lo}. A shutdown hook deletes it too, when the benchmark is stopped half way.
 */
final class ServerNamespace implements AutoCloseable {
    private static final String PREFIX = "ts-line-";
    private final String name;
    private final List<PoorLine> lines = new ArrayList<>();
    private final Thread cleanUp;

    private ServerNamespace(String name) {
        this.name = name;
        this.cleanUp = new Thread(this::delete, "delete-" + name);
    }

    static ServerNamespace create() {
        deleteThoseOfEndedBenchmarks();
        ServerNamespace namespace = new ServerNamespace(PREFIX + ProcessHandle.current().pid());
        Commands.run("ip", "netns", "add", namespace.name);
        Runtime.getRuntime().addShutdownHook(namespace.cleanUp);
        Commands.run("ip", "-n", namespace.name, "link", "set", "lo", "up");
        return namespace;
    }

    /**
     * A benchmark killed with SIGKILL runs no shutdown hook: its namespace (and veth pair) would stay. Deleted here,
     * when the process named in it no longer runs; other benchmarks' namespaces are left alone.
     */
    private static void deleteThoseOfEndedBenchmarks() {
        for (String line : Commands.run("ip", "netns", "list").split("\n")) {
            String name = line.strip().split("\\s+")[0];
            if (name.startsWith(PREFIX) && name.substring(PREFIX.length()).matches("\\d+")
                    && ProcessHandle.of(Long.parseLong(name.substring(PREFIX.length()))).isEmpty()) {
                Commands.quietly("ip", "netns", "del", name);
            }
        }
    }

    String name() {
        return name;
    }

    /** {@code command} as it runs inside the namespace (processes started so see only its interfaces). */
    List<String> inside(String... command) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", name));
        full.addAll(List.of(command));
        return full;
    }

    String run(String... command) {
        return Commands.run(inside(command).toArray(String[]::new));
    }

    String runWithInput(String input, String... command) {
        return Commands.runWithInput(input, inside(command).toArray(String[]::new));
    }

    /** A new veth link from the host into this namespace, numbered {@code index} (0, 1, …), not degraded yet. */
    PoorLine newLine(int index) {
        PoorLine line = PoorLine.create(this, index);
        lines.add(line);
        return line;
    }

    @Override
    public void close() {
        delete();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }

    private void delete() {
        lines.forEach(PoorLine::delete);
        Commands.quietly("ip", "netns", "del", name);
    }
}
