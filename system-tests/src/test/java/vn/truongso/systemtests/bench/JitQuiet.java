package vn.truongso.systemtests.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Waits, after a warm-up, until the JIT compilers have finished what the warm-up gave them. On a busy two-core
 * machine they work through their queue for many seconds after the code went hot, and compiling there is CPU the
 * measured server does not get: measured in a first run, C1 and C2 used 6 of the 30 CPU seconds of the timed
 * window. The JVM offers no event for an empty compile queue, so this polls the total compilation time until it
 * stops growing (or 60 s pass).
 */
final class JitQuiet {
    private static final long POLL_MILLIS = 500;
    private static final long QUIET_MILLIS = 20; // compilation time added over one poll that counts as quiet
    private static final long GIVE_UP_MILLIS = 60_000;

    private JitQuiet() {}

    static void await() throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long start = System.nanoTime();
        long before = jit.getTotalCompilationTime();
        long waited;
        do {
            Thread.sleep(POLL_MILLIS);
            long now = jit.getTotalCompilationTime();
            waited = (System.nanoTime() - start) / 1_000_000;
            if (now - before <= QUIET_MILLIS) {
                break;
            }
            before = now;
        } while (waited < GIVE_UP_MILLIS);
        System.out.printf(Locale.ROOT, "  JIT settled after %.1f s%n", waited / 1e3);
    }
}
