package vn.truongso.systemtests.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * CPU time used by this JVM and by the PostgreSQL serving it (its postmaster and every backend), read from /proc:
 * on a machine shared with other work, CPU seconds per row compare ours and the reference where wall time cannot.
 * Linux only; elsewhere {@link #available} is false.
 */
final class CpuMeter {
    private static final long TICKS_PER_SECOND = 100; // USER_HZ on every Linux distribution in use

    private final long postmaster;

    private CpuMeter(long postmaster) {
        this.postmaster = postmaster;
    }

    /** The meter for the PostgreSQL behind {@code dataSource}: its postmaster is the parent of any backend. */
    static CpuMeter of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet backend = statement.executeQuery("SELECT pg_backend_pid()")) {
            backend.next();
            return new CpuMeter(parent(backend.getLong(1)));
        } catch (Exception e) {
            return new CpuMeter(-1);
        }
    }

    boolean available() {
        return postmaster > 0;
    }

    /** CPU nanoseconds this JVM has used so far. */
    static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU nanoseconds the postmaster and its live children have used so far (ended backends are not counted). */
    long postgresNanos() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            long ticks = processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(p -> {
                        String[] stat = stat(p);
                        if (stat == null) {
                            return 0;
                        }
                        long pid = Long.parseLong(p.getFileName().toString());
                        boolean ours = pid == postmaster || Long.parseLong(stat[1]) == postmaster;
                        return ours ? Long.parseLong(stat[11]) + Long.parseLong(stat[12]) : 0;
                    }).sum();
            return ticks * 1_000_000_000L / TICKS_PER_SECOND;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long parent(long pid) {
        String[] stat = stat(Path.of("/proc", Long.toString(pid)));
        return stat == null ? -1 : Long.parseLong(stat[1]);
    }

    /** The fields of /proc/PID/stat after the command name: [0] state, [1] ppid, …, [11] utime, [12] stime. */
    private static String[] stat(Path process) {
        try {
            String text = Files.readString(process.resolve("stat"));
            return text.substring(text.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
