package vn.truongso.server.sync;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wakes the long-polling pulls of a school when a push of this instance commits, so a grade typed on one PC
 * reaches the others within a moment. Pushes through another server instance are seen by the waiting pull's
 * re-check of the database, at most {@link #RECHECK_MILLIS} later.
 */
public final class SchoolSignals {
    static final long RECHECK_MILLIS = 500;

    private final Map<UUID, Object> monitors = new ConcurrentHashMap<>();

    private Object monitor(UUID schoolId) {
        return monitors.computeIfAbsent(schoolId, id -> new Object());
    }

    public void changed(UUID schoolId) {
        Object monitor = monitor(schoolId);
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    /** Waits until this school changes or {@code maxMillis} pass, whichever is first. */
    void await(UUID schoolId, long maxMillis) throws InterruptedException {
        Object monitor = monitor(schoolId);
        synchronized (monitor) {
            monitor.wait(Math.max(1, Math.min(maxMillis, RECHECK_MILLIS)));
        }
    }
}
