package vn.truongso.app.sync;

/** How far a running sync has come, for the status bar's progress. {@code total} is -1 when not known. */
public record SyncProgress(Phase phase, long done, long total) {
    public enum Phase { SNAPSHOT, PUSH, PULL }

    public interface Listener {
        void progressed(SyncProgress progress);

        Listener NONE = progress -> { };
    }
}
