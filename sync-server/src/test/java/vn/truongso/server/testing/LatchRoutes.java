package vn.truongso.server.testing;

import io.javalin.config.RoutesConfig;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import vn.truongso.server.http.RequestPermit;
import vn.truongso.server.http.RouteModule;
import vn.truongso.server.http.ServerContext;

/**
 * Routes that hold a request until the test lets it go, so overload and shutdown are driven step by step, with no
 * sleeps: {@code GET /v2/test/hold} (authenticated, behind the concurrency limit), {@code GET /v2/test/wait} (the
 * same, but it gives up its place under the limit before waiting) and {@code GET /test/hold}.
 */
public final class LatchRoutes implements RouteModule {
    public final CountDownLatch entered = new CountDownLatch(1);
    public final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void addRoutes(RoutesConfig routes, ServerContext context) {
        routes.get("/v2/test/hold", ctx -> ctx.result(hold()));
        routes.get("/v2/test/wait", ctx -> {
            RequestPermit.release(ctx); // as a long-poll pull does before it waits
            ctx.result(hold());
        });
        routes.get("/test/hold", ctx -> ctx.result(hold()));
    }

    private String hold() throws InterruptedException {
        entered.countDown();
        if (!release.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never released the held request");
        }
        return "released";
    }
}
