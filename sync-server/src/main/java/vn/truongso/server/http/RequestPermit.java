package vn.truongso.server.http;

import io.javalin.http.Context;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A /v2 request's place under the concurrency limit ({@link ConcurrencyLimitFilter}). A handler that is about to
 * wait rather than work — a long-poll pull waiting for changes — gives its place up with
 * {@code RequestPermit.release(ctx)}, so waiting PCs do not keep working ones out; the limit then counts only
 * requests that use the database. Releasing twice, or on a request without a permit, does nothing.
 */
public final class RequestPermit {
    static final String ATTRIBUTE = "truongso.requestPermit";

    private final Semaphore permits;
    private final AtomicBoolean held = new AtomicBoolean(true);

    RequestPermit(Semaphore permits) {
        this.permits = permits;
    }

    /** Gives up the request's place under the limit, if it holds one. */
    public static void release(Context ctx) {
        RequestPermit permit = ctx.attribute(ATTRIBUTE);
        if (permit != null) {
            permit.release();
        }
    }

    void release() {
        if (held.compareAndSet(true, false)) {
            permits.release();
        }
    }
}
