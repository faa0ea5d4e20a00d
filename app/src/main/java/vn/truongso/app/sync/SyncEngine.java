package vn.truongso.app.sync;

import java.util.List;
import java.util.Optional;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.Protocol;

/**
 * One sync round (docs/sync-protocol.md §4–6): a fresh PC first loads the school's snapshot; then this PC's
 * changes go up in chunks, each chunk acknowledged before the next, so a cut line resumes where it stopped; then
 * the school's changes come down page by page, each page applied with its cursor in one transaction.
 */
public final class SyncEngine {
    static final int PUSH_CHUNK = 500;
    static final int PULL_PAGE = 1_000;
    static final int SNAPSHOT_PAGE = 1_000;

    /** What a round did. */
    public record Outcome(int pushed, int refused, int pulled) {}

    private final LocalReplica replica;
    private final SyncClient client;
    private final EnrolmentStore enrolments;

    public SyncEngine(LocalReplica replica, SyncClient client, EnrolmentStore enrolments) {
        this.replica = replica;
        this.client = client;
        this.enrolments = enrolments;
    }

    public Outcome syncOnce(SyncProgress.Listener progress) throws SyncException {
        DeviceCredentials device = enrolments.credentials().orElseThrow(() ->
                new SyncException(SyncException.Kind.NOT_ENROLLED, "NOT_ENROLLED", "this PC is not enrolled"));
        if (needsSnapshot(replica)) {
            loadSnapshot(device, progress);
        }
        int[] pushed = push(device, progress);
        int pulled = pull(device, progress, 0);
        return new Outcome(pushed[0], pushed[1], pulled);
    }

    /** Pulls, waiting up to {@code waitMillis} on the server for news when there is none yet (a long poll). */
    public int pullWaiting(long waitMillis) throws SyncException {
        DeviceCredentials device = enrolments.credentials().orElseThrow(() ->
                new SyncException(SyncException.Kind.NOT_ENROLLED, "NOT_ENROLLED", "this PC is not enrolled"));
        return pull(device, SyncProgress.Listener.NONE, waitMillis);
    }

    /** A fresh (or just enrolled) PC loads its school's snapshot before it pulls the log. */
    static boolean needsSnapshot(LocalReplica replica) {
        return replica.awaitingSchool() || replica.snapshotInProgress().isPresent();
    }

    /** Loads the snapshot page by page, resuming where an interrupted load stopped. */
    private void loadSnapshot(DeviceCredentials device, SyncProgress.Listener progress) throws SyncException {
        long loaded = 0;
        Optional<LocalReplica.SnapshotProgress> resumed = replica.snapshotInProgress()
                .filter(p -> p.next() != null);
        Protocol.SnapshotPage page = resumed.isPresent()
                ? client.snapshot(device, enrolments, resumed.get().at(), resumed.get().next(), SNAPSHOT_PAGE)
                : client.snapshot(device, enrolments, null, null, SNAPSHOT_PAGE);
        while (true) {
            replica.applySnapshotPage(page);
            loaded += page.rows().size();
            progress.progressed(new SyncProgress(SyncProgress.Phase.SNAPSHOT, loaded, -1));
            if (page.after() == null) {
                return;
            }
            page = client.snapshot(device, enrolments, page.at(), page.after(), SNAPSHOT_PAGE);
        }
    }

    private int[] push(DeviceCredentials device, SyncProgress.Listener progress) throws SyncException {
        int pushed = 0;
        int refused = 0;
        long total = replica.pendingCount();
        while (true) {
            List<Change> chunk = replica.pendingChanges(replica.ackedSeq(), PUSH_CHUNK);
            if (chunk.isEmpty()) {
                return new int[] {pushed, refused};
            }
            long ackedBefore = replica.ackedSeq();
            Protocol.PushResponse response = client.push(device, enrolments, new Protocol.PushRequest(chunk));
            replica.recordPushResults(response);
            pushed += response.reported();
            refused += (int) response.results().stream().filter(r -> r.status() == Protocol.Status.REFUSED).count();
            progress.progressed(new SyncProgress(SyncProgress.Phase.PUSH, pushed, total));
            if (response.ackedSeq() <= ackedBefore) {
                throw new SyncException(SyncException.Kind.REFUSED, "NO_PROGRESS",
                        "the server acknowledged nothing of " + chunk.size() + " changes from seq " + chunk.get(0).deviceSeq());
            }
        }
    }

    private int pull(DeviceCredentials device, SyncProgress.Listener progress, long waitMillis) throws SyncException {
        int pulled = 0;
        Protocol.PullPage page;
        do {
            long cursor = replica.cursor();
            page = client.pull(device, enrolments, cursor, PULL_PAGE, pulled == 0 ? waitMillis : 0, true);
            try {
                replica.applyPullPage(page);
            } catch (LocalReplica.OwnChangesMissing e) {
                // The outbox no longer holds a change the server calls this PC's: the same page again, whole.
                page = client.pull(device, enrolments, cursor, PULL_PAGE, 0, false);
                replica.applyPullPage(page);
            }
            pulled += page.entries().stream().mapToInt(Protocol.PullEntry::size).sum();
            progress.progressed(new SyncProgress(SyncProgress.Phase.PULL, pulled, -1));
        } while (page.more());
        return pulled;
    }
}
