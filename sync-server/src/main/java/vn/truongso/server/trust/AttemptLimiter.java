package vn.truongso.server.trust;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most N attempts per key (a client address) per clock minute, for the unauthenticated enrolment route: codes
 * are far too long to guess, but each attempt costs a CSR check and a database write, and a flood of them should not.
 * In memory, per server instance; old minutes are dropped as new ones start.
 */
final class AttemptLimiter {
    private final Clock clock;
    private final int perMinute;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long minute, int attempts) {}

    AttemptLimiter(Clock clock, int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Counts an attempt by {@code key}; false when it is over the limit for this minute. */
    boolean tryAttempt(String key) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > 10_000) {
            windows.values().removeIf(window -> window.minute() < minute);
        }
        Window window = windows.merge(key, new Window(minute, 1), (old, fresh) ->
                old.minute() == minute ? new Window(minute, old.attempts() + 1) : fresh);
        return window.attempts() <= perMinute;
    }
}
