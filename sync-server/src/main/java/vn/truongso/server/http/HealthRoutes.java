package vn.truongso.server.http;

import io.javalin.config.RoutesConfig;

/** {@code GET /health}: UP when the server answers and its database does (503 otherwise), for load balancers. */
public final class HealthRoutes implements RouteModule {

    /** The answer: the server's state (DOWN whenever a part it needs is) and the database's. */
    public record Health(String status, String database) {}

    @Override
    public void addRoutes(RoutesConfig routes, ServerContext context) {
        routes.get("/health", ctx -> {
            boolean databaseUp = context.database().isUp();
            String state = databaseUp ? "UP" : "DOWN";
            ctx.status(databaseUp ? 200 : 503).json(new Health(state, state));
        });
    }
}
