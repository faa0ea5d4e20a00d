package vn.truongso.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.TestServer;

/** openapi.yaml describes every route the server registers, and describes no route that is not there. */
class OpenApiTest {
    private static final Set<HandlerType> VERBS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);
    private static TestServer server;
    private static JsonNode description;

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2);
        description = new YAMLMapper().readTree(OpenApiRoutes.load());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void itIsOpenApi31AndServed() {
        HttpResponse<String> served = server.get("/openapi.yaml");

        assertThat(description.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/yaml"));
        assertThat(served.body()).isEqualTo(new String(OpenApiRoutes.load(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void everyRegisteredRouteIsDescribed() {
        assertThat(described(false)).containsAll(registered());
    }

    @Test
    void everyDescribedRouteIsRegisteredAndNoneIsAStub() {
        assertThat(registered()).containsAll(described(false));
        assertThat(described(true)).isEqualTo(described(false));
    }

    private static Set<String> registered() {
        Set<String> routes = new TreeSet<>();
        for (ParsedEndpoint entry : server.server().javalin().unsafe.internalRouter.allHttpHandlers()) {
            if (VERBS.contains(entry.endpoint.method)) {
                routes.add(entry.endpoint.method.name() + " " + entry.endpoint.path);
            }
        }
        return routes;
    }

    /** "METHOD /path" of every operation; without the x-stub ones when {@code withoutStubs}. */
    private static Set<String> described(boolean withoutStubs) {
        Set<String> routes = new TreeSet<>();
        description.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            boolean stub = operation.getValue().path("x-stub").asBoolean(false);
            if (!(withoutStubs && stub)) {
                routes.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return routes;
    }
}
