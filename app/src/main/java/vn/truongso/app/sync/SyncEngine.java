package vn.truongso.app.sync;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
    /** Rows per snapshot page: fewer, larger transactions load a school faster; the server allows up to 10,000. */
    static final int SNAPSHOT_PAGE = 5_000;

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

    /**
     * Loads the snapshot page by page, resuming where an interrupted load stopped. The next page is fetched (and
     * parsed) on another thread while this one is applied: the server's work and the transfer overlap with the local
     * writes instead of adding to them. Pages are still applied one after the other, each in its own transaction.
     */
    private void loadSnapshot(DeviceCredentials device, SyncProgress.Listener progress) throws SyncException {
        long loaded = 0;
        Optional<LocalReplica.SnapshotProgress> resumed = replica.snapshotInProgress()
                .filter(p -> p.next() != null);
        Protocol.SnapshotPage page = resumed.isPresent()
                ? client.snapshot(device, enrolments, resumed.get().at(), resumed.get().next(), SNAPSHOT_PAGE)
                : client.snapshot(device, enrolments, null, null, SNAPSHOT_PAGE);
        CompletableFuture<Protocol.SnapshotPage> next = null;
        try {
            while (true) {
                if (page.after() != null) {
                    next = prefetch(device, page.at(), page.after());
                }
                replica.applySnapshotPage(page);
                loaded += page.rows().size();
                progress.progressed(new SyncProgress(SyncProgress.Phase.SNAPSHOT, loaded, -1));
                if (next == null) {
                    return;
                }
                page = await(next);
                next = null;
            }
        } finally {
            if (next != null) {
                next.cancel(true); // this page failed: its successor is not wanted
            }
        }
    }

    private CompletableFuture<Protocol.SnapshotPage> prefetch(DeviceCredentials device, long at,
                                                              Protocol.SnapshotPosition after) {
        CompletableFuture<Protocol.SnapshotPage> future = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("sync-snapshot-fetch").start(() -> {
            try {
                future.complete(client.snapshot(device, enrolments, at, after, SNAPSHOT_PAGE));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    private static Protocol.SnapshotPage await(CompletableFuture<Protocol.SnapshotPage> page) throws SyncException {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(SyncException.Kind.OFFLINE, "INTERRUPTED", "the snapshot load was interrupted",
                    Duration.ZERO, e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case SyncException sync -> throw sync;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
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
