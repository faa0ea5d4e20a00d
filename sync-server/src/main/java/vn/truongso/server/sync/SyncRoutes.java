package vn.truongso.server.sync;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;
import vn.truongso.core.sync.Protocol;
import vn.truongso.core.sync.SyncEntities;
import vn.truongso.server.http.ApiException;
import vn.truongso.server.http.RequestPermit;
import vn.truongso.server.http.RouteModule;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.http.ServerJsonMapper;
import vn.truongso.server.trust.AuthenticatedDevice;

/**
 * The sync endpoints (docs/sync-protocol.md §4–5): push, pull and snapshot, each scoped to the school of the
 * device that signed the request. A malformed push is refused whole (400, nothing stored); a well-formed change
 * the author may not make is quarantined and reported, and the rest of the batch goes on.
 */
public final class SyncRoutes implements RouteModule {
    static final String PUSH = "/v2/push";
    static final String PULL = "/v2/pull";
    static final String SNAPSHOT = "/v2/snapshot";
    /**
     * The value of the optional {@code results} (push) and {@code ownChanges} (pull) parameters by which a PC asks
     * for its own changes' outcomes as runs of sequence numbers (docs/sync-protocol.md §4–5); any other value, or
     * none, gets the full form every PC understands.
     */
    static final String RUNS = "runs";

    private final SchoolSignals signals = new SchoolSignals();

    @Override
    public void addRoutes(RoutesConfig routes, ServerContext context) {
        PushService pushes = new PushService(context.database().dsl(), context.clock(), signals);
        PullService pulls = new PullService(context.database().dsl(), signals);
        routes.post(PUSH, ctx -> push(ctx, pushes));
        routes.get(PULL, ctx -> pull(ctx, pulls));
        routes.get(SNAPSHOT, ctx -> snapshot(ctx, pulls));
    }

    private static void push(Context ctx, PushService pushes) {
        AuthenticatedDevice device = AuthenticatedDevice.of(ctx);
        Protocol.PushRequest request = ServerJsonMapper.fromJsonBytes(ctx.bodyAsBytes(), Protocol.PushRequest.class);
        List<String> problems = PushService.malformed(request);
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("INVALID_CHANGES", String.join("; ", problems.subList(0, Math.min(5,
                    problems.size()))) + (problems.size() > 5 ? "; and " + (problems.size() - 5) + " more" : ""));
        }
        Protocol.PushResponse response = pushes.push(device.deviceId(), device.schoolId(), request);
        ctx.json(RUNS.equals(ctx.queryParam("results")) ? response.inRuns() : response);
    }

    private static void pull(Context ctx, PullService pulls) throws InterruptedException {
        AuthenticatedDevice device = AuthenticatedDevice.of(ctx);
        long after = number(ctx, "after", 0);
        int limit = (int) number(ctx, "limit", 1_000);
        long wait = number(ctx, "wait", 0);
        if (wait > 0) {
            RequestPermit.release(ctx); // waiting is not working: let other PCs' pushes in meanwhile
        }
        boolean ownAsRuns = RUNS.equals(ctx.queryParam("ownChanges"));
        ctx.contentType("application/json").result(pulls.pullOrWait(device.deviceId(), device.schoolId(), after, limit,
                wait, ownAsRuns));
    }

    private static void snapshot(Context ctx, PullService pulls) {
        AuthenticatedDevice device = AuthenticatedDevice.of(ctx);
        String at = ctx.queryParam("at");
        String entity = ctx.queryParam("afterEntity");
        String row = ctx.queryParam("afterRow");
        Protocol.SnapshotPosition after = null;
        if (entity != null || row != null) {
            if (entity == null || row == null || SyncEntities.find(entity).isEmpty()) {
                throw ApiException.badRequest("INVALID_POSITION", "afterEntity must name a synced entity and afterRow a row id");
            }
            after = new Protocol.SnapshotPosition(SyncEntities.find(entity).get().rank(), entity, uuid(row));
        }
        ctx.contentType("application/json").result(pulls.snapshot(device.schoolId(),
                at == null ? null : number(ctx, "at", 0), after, (int) number(ctx, "limit", 1_000)));
    }

    private static long number(Context ctx, String name, long fallback) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value);
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("INVALID_QUERY", name + " must be a whole number, 0 or more");
        }
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("INVALID_POSITION", "afterRow must be a row id");
        }
    }
}
