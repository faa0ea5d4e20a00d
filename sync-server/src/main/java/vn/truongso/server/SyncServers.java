package vn.truongso.server;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.truongso.server.config.ServerConfig;
import vn.truongso.server.http.HealthRoutes;
import vn.truongso.server.http.OpenApiRoutes;
import vn.truongso.server.http.RouteModule;
import vn.truongso.server.http.SyncServer;
import vn.truongso.server.signing.TsaRoutes;
import vn.truongso.server.sync.SyncRoutes;
import vn.truongso.server.trust.TrustRoutes;

/**
 * Starts the sync server with the routes every server serves. It lives above the feature packages because it names
 * them all: {@code http} serves whatever modules it is given, and {@code trust} and {@code sync} build on {@code
 * http}, so none of them depends back on another (ServerArchitectureTest).
 */
public final class SyncServers {
    private SyncServers() {}

    /** The modules every server serves: health, the API description, enrolment and trust, sync, and the schools'
     *  time-stamping authorities. */
    public static List<RouteModule> standardModules() {
        return List.of(new HealthRoutes(), new OpenApiRoutes(), new TrustRoutes(), new SyncRoutes(), new TsaRoutes());
    }

    /** Opens the database from {@code config} and serves the standard modules. */
    public static SyncServer start(ServerConfig config) {
        return start(config, Clock.systemUTC(), List.of());
    }

    /** As {@link #start(ServerConfig)}, with another clock and extra modules (tests add routes this way). */
    public static SyncServer start(ServerConfig config, Clock clock, List<RouteModule> extraModules) {
        List<RouteModule> modules = new ArrayList<>(standardModules());
        modules.addAll(extraModules);
        return SyncServer.start(config, clock, modules);
    }
}
