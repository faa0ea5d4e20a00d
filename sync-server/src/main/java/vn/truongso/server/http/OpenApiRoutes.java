package vn.truongso.server.http;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi.yaml}: the hand-written description of every route (checked against them by a test). */
public final class OpenApiRoutes implements RouteModule {
    public static final String RESOURCE = "/openapi.yaml";

    @Override
    public void addRoutes(RoutesConfig routes, ServerContext context) {
        byte[] description = load();
        routes.get("/openapi.yaml", ctx -> ctx.contentType("application/yaml; charset=utf-8").result(description));
    }

    public static byte[] load() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the server's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
