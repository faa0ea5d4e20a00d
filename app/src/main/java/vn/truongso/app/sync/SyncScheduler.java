package vn.truongso.app.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Runs sync in the background, never on the UI thread: one thread sends this PC's changes when there are new
 * ones (or every {@link #ROUND_EVERY}), another keeps a long poll open so other PCs' edits arrive within a moment.
 * When the server cannot be reached it backs off (up to {@link #MAX_BACKOFF}) and the status says offline; the
 * work waits in the outbox, nothing is lost.
 */
public final class SyncScheduler implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SyncScheduler.class.getName());
    static final Duration ROUND_EVERY = Duration.ofSeconds(30);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    static final long LONG_POLL_MILLIS = 20_000;

    private final SyncEngine engine;
    private final LocalReplica replica;
    private final SyncClient client;
    private final Clock clock;
    private final Consumer<SyncOverview> listener;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean nudged = true;
    private volatile boolean running;
    private volatile SyncOverview status;
    private volatile Instant lastSync;
    private Thread rounds;
    private Thread polls;

    public SyncScheduler(SyncEngine engine, LocalReplica replica, SyncClient client, Clock clock,
                         Consumer<SyncOverview> listener) {
        this.engine = engine;
        this.replica = replica;
        this.client = client;
        this.clock = clock;
        this.listener = listener;
    }

    public void start() {
        running = true;
        rounds = Thread.ofPlatform().daemon().name("sync-push").start(this::roundLoop);
        polls = Thread.ofPlatform().daemon().name("sync-pull").start(this::pollLoop);
    }

    /** A local change was saved: send it soon. Cheap; call it after every write. */
    public void nudge() {
        lock.lock();
        try {
            nudged = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public SyncOverview status() {
        return status;
    }

    private void roundLoop() {
        Duration backoff = Duration.ofSeconds(2);
        // One wait per round, ended by a nudge: after a failure the wait is the back-off, and a save made during it
        // is tried at once (waiting for a whole round after the back-off would hold it for 30 s more).
        Duration wait = ROUND_EVERY;
        while (running) {
            awaitNudge(wait);
            if (!running) {
                return;
            }
            try {
                publish(SyncOverview.State.SYNCING, null, null);
                engine.syncOnce(progress -> publish(SyncOverview.State.SYNCING, progress, null));
                lastSync = clock.instant();
                backoff = Duration.ofSeconds(2);
                wait = ROUND_EVERY;
                publishSettled(null);
            } catch (SyncException e) {
                backoff = failed(e, backoff);
                wait = e.kind() == SyncException.Kind.BUSY ? e.retryAfter() : backoff;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "sync round failed", e);
                publish(SyncOverview.State.NEEDS_ATTENTION, null, e.getMessage());
                backoff = next(backoff);
                wait = backoff;
            }
        }
    }

    private void pollLoop() {
        Duration backoff = Duration.ofSeconds(2);
        while (running) {
            try {
                if (SyncEngine.needsSnapshot(replica) || status == null || status.state() == SyncOverview.State.NOT_ENROLLED) {
                    // Wait for the rounds' next status without taking their nudge: a save made meanwhile must
                    // still wake the round that pushes it.
                    sleepQuietly(ROUND_EVERY);
                    continue;
                }
                if (engine.pullWaiting(LONG_POLL_MILLIS) > 0) {
                    lastSync = clock.instant();
                    publishSettled(null);
                }
                backoff = Duration.ofSeconds(2);
            } catch (SyncException e) {
                backoff = next(backoff);
                sleepQuietly(e.kind() == SyncException.Kind.BUSY ? e.retryAfter() : backoff);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "sync pull failed", e);
                backoff = next(backoff);
                sleepQuietly(backoff);
            }
        }
    }

    private Duration failed(SyncException e, Duration backoff) {
        SyncOverview.State state = switch (e.kind()) {
            case OFFLINE, BUSY -> SyncOverview.State.OFFLINE;
            case NOT_ENROLLED -> SyncOverview.State.NOT_ENROLLED;
            case UPGRADE_NEEDED, REFUSED -> SyncOverview.State.NEEDS_ATTENTION;
        };
        if (e.kind() != SyncException.Kind.OFFLINE && e.kind() != SyncException.Kind.NOT_ENROLLED) {
            LOG.log(System.Logger.Level.WARNING, "sync: " + e.code() + " " + e.getMessage());
        }
        publish(state, null, e.code());
        return next(backoff);
    }

    private static Duration next(Duration backoff) {
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
    }

    private void publishSettled(String problem) {
        SyncStatus counts = replica.status();
        boolean attention = counts.conflicts() > 0 || counts.refusals() > 0;
        publish(attention ? SyncOverview.State.NEEDS_ATTENTION : SyncOverview.State.UP_TO_DATE, null, problem);
    }

    private void publish(SyncOverview.State state, SyncProgress progress, String problem) {
        SyncStatus counts = replica.status();
        status = new SyncOverview(state, counts.pending(), counts.conflicts(), counts.refusals(), lastSync, progress,
                problem, client.clockOffsetMillis());
        listener.accept(status);
        lock.lock();
        try {
            wake.signalAll(); // the pull loop waits for a first status before it starts its long polls
        } finally {
            lock.unlock();
        }
    }

    private void awaitNudge(Duration max) {
        lock.lock();
        try {
            long nanos = max.toNanos();
            while (!nudged && running && nanos > 0) {
                nanos = wake.awaitNanos(nanos);
            }
            nudged = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private void sleepQuietly(Duration duration) {
        lock.lock();
        try {
            if (running) {
                wake.awaitNanos(duration.toNanos());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Asks both loops to stop, without interrupting them: a page being applied finishes its transaction. A request
     * in flight ends when it answers or its HTTP call is cancelled; {@link #awaitStopped} waits for the loops.
     */
    public void requestStop() {
        running = false;
        nudge();
    }

    /** Waits up to {@code wait} for both loops to end after {@link #requestStop}; whether they have. */
    public boolean awaitStopped(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        for (Thread thread : new Thread[] {rounds, polls}) {
            long left = deadline - System.nanoTime();
            if (thread != null && left > 0) {
                try {
                    thread.join(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return (rounds == null || !rounds.isAlive()) && (polls == null || !polls.isAlive());
    }

    @Override
    public void close() {
        running = false;
        nudge();
        if (rounds != null) {
            rounds.interrupt();
            polls.interrupt();
        }
    }
}
