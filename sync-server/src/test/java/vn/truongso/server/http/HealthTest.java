package vn.truongso.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import vn.truongso.core.trust.ProtocolHeaders;
import vn.truongso.server.testing.OnBothDatabases;
import vn.truongso.server.testing.TestServer;

class HealthTest {

    @OnBothDatabases
    void healthSaysTheServerAndItsDatabaseAreUp(TestServer server) {
        HttpResponse<String> health = server.get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(ServerJson.MAPPER.readValue(health.body(), HealthRoutes.Health.class))
                .isEqualTo(new HealthRoutes.Health("UP", "UP"));
        assertThat(health.headers().firstValue(ProtocolHeaders.SERVER_TIME)).isPresent();
    }

    @OnBothDatabases
    void otherMethodsOnHealthAre405InJson(TestServer server) {
        HttpResponse<String> post = server.send(HttpRequest.newBuilder(server.uri("/health"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.body()).contains("\"error\":\"METHOD_NOT_ALLOWED\"");
    }
}
