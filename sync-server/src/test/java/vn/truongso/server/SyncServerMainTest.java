package vn.truongso.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class SyncServerMainTest {

    @Test
    void answersHealthOverRealHttpAndRefusesOtherMethods() throws Exception {
        try (SyncServerMain server = SyncServerMain.start(new InetSocketAddress("127.0.0.1", 0))) {
            HttpClient client = HttpClient.newHttpClient();
            URI health = URI.create("http://127.0.0.1:" + server.port() + "/health");

            HttpResponse<String> ok = client.send(HttpRequest.newBuilder(health).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> post = client.send(HttpRequest.newBuilder(health)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).contains("\"UP\"");
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }
}
