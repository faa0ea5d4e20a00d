package vn.truongso.app.sync;

import java.time.Instant;

/**
 * What the status bar shows about sync (the replica's counts come from {@link SyncStatus}): whether the server is reachable, what is waiting to go up, what needs
 * a person, when the last sync finished, and the progress of a long one.
 *
 * @param clockOffsetMillis how far the server's clock is ahead of this PC's (a large value is shown as a warning)
 */
public record SyncOverview(State state, long pending, int conflicts, int refusals, Instant lastSync,
                         SyncProgress progress, String problem, long clockOffsetMillis) {
    public enum State { NOT_ENROLLED, OFFLINE, SYNCING, UP_TO_DATE, NEEDS_ATTENTION }

    public static SyncOverview notEnrolled(long pending) {
        return new SyncOverview(State.NOT_ENROLLED, pending, 0, 0, null, null, null, 0);
    }
}
