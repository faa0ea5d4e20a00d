package vn.truongso.server.testing;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import vn.truongso.core.trust.RequestSignature;
import vn.truongso.server.http.RouteModule;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.trust.AuthenticatedDevice;

/**
 * Two authenticated routes for tests, as a sync handler would be written: {@code GET /v2/test/whoami} answers the
 * {@link AuthenticatedDevice}; {@code POST /v2/test/echo} also the SHA-256 of the body it read.
 */
public final class WhoAmIRoutes implements RouteModule {
    @Override
    public void addRoutes(RoutesConfig routes, ServerContext context) {
        routes.get("/v2/test/whoami", ctx -> ctx.json(AuthenticatedDevice.of(ctx)));
        routes.post("/v2/test/echo", ctx -> ctx.json(Map.of(
                "device", AuthenticatedDevice.of(ctx),
                "bodySha256", RequestSignature.sha256Hex(ctx.bodyAsBytes()))));
    }
}
