package vn.truongso.server.http;

import io.javalin.config.RoutesConfig;

/**
 * A group of routes the server serves (health, trust, sync…). Modules add their handlers, before-handlers and
 * exception handlers to Javalin's routes when the server is built; every route must also be described in
 * {@code openapi.yaml} ({@code OpenApiTest} checks it).
 */
@FunctionalInterface
public interface RouteModule {
    void addRoutes(RoutesConfig routes, ServerContext context);
}
