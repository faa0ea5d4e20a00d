package vn.truongso.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.truongso.core.trust.ProtocolHeaders;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.TestServer;

/** Bodies that are malformed, mistyped, too large or a gzip bomb: each a clear JSON 4xx, and the server goes on. */
class RequestLimitsTest {
    private static final int MAX_BODY = 64 * 1024;
    private static TestServer server;

    /** Test routes: one that reads a JSON body into a record, one that fails as a bug would. */
    public static final class ProbeRoutes implements RouteModule {
        public record Probe(String name, int count) {}

        @Override
        public void addRoutes(io.javalin.config.RoutesConfig routes, ServerContext context) {
            routes.post("/test/probe", ctx -> ctx.json(ctx.bodyAsClass(Probe.class)));
            routes.get("/test/bug", ctx -> {
                throw new IllegalStateException("secret internal detail");
            });
        }
    }

    @BeforeAll
    static void start() {
        server = TestServer.start(DatabaseKind.H2, config -> config.withLimits(MAX_BODY, 8, 20), Clock.systemUTC(),
                List.of(new ProbeRoutes()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void serverStillServes() {
        HttpResponse<String> health = server.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }

    @Test
    void aWellFormedBodyIsRead() {
        HttpResponse<String> response = server.postJson("/test/probe", "{\"name\":\"a\",\"count\":2,\"newer\":true}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"name\":\"a\",\"count\":2}");
    }

    @Test
    void malformedJsonIs400SayingWhere() {
        HttpResponse<String> response = server.postJson("/test/probe", "{\"name\": \"a\",");

        assertError(response, 400, "MALFORMED_JSON");
        assertThat(response.body()).contains("line 1");
    }

    @Test
    void aWrongTypeIs400NamingTheField() {
        HttpResponse<String> response = server.postJson("/test/probe", "{\"name\":\"a\",\"count\":\"many\"}");

        assertError(response, 400, "INVALID_BODY");
        assertThat(response.body()).contains("'count'");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/test/probe"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("name=a")));

        assertError(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aBodyAnnouncedTooLargeIs413BeforeItIsRead() {
        HttpResponse<String> response = server.postJson("/test/probe", "x".repeat(MAX_BODY + 1));

        assertError(response, 413, "BODY_TOO_LARGE");
    }

    @Test
    void aChunkedBodyIsCountedAsItIsRead() {
        byte[] big = ("{\"name\":\"" + "x".repeat(MAX_BODY) + "\",\"count\":1}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/test/probe"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));

        assertError(response, 413, "BODY_TOO_LARGE");
    }

    @Test
    void aGzipBodyIsInflated() {
        HttpResponse<String> response = postGzip(gzip("{\"name\":\"gz\",\"count\":7}".getBytes(StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"gz\"");
    }

    @Test
    void aGzipBombIs413AfterInflatingNoMoreThanTheLimit() {
        byte[] bomb = gzip(new byte[50 * 1024 * 1024]); // 50 MB of zeros in about 50 KB

        HttpResponse<String> response = postGzip(bomb);

        assertThat(bomb.length).isLessThan(MAX_BODY);
        assertError(response, 413, "BODY_TOO_LARGE");
    }

    @Test
    void aBodyThatClaimsGzipButIsNotIs400() {
        HttpResponse<String> response = postGzip("{\"name\":\"plain\"}".getBytes(StandardCharsets.UTF_8));

        assertError(response, 400, "MALFORMED_GZIP");
    }

    @Test
    void anotherContentEncodingIs415() {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/test/probe"))
                .header("Content-Type", "application/json").header("Content-Encoding", "br")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertError(response, 415, "UNSUPPORTED_CONTENT_ENCODING");
    }

    @Test
    void responsesAreGzippedForClientsThatAcceptIt() throws IOException {
        HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/openapi.yaml"))
                .header("Accept-Encoding", "gzip"), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(OpenApiRoutes.load());
        }
    }

    @Test
    void anUnknownAddressIs404InJson() {
        assertError(server.get("/no/such/thing"), 404, "NOT_FOUND");
    }

    @Test
    void aBugIs500WithoutItsDetails() {
        HttpResponse<String> response = server.get("/test/bug");

        assertError(response, 500, "INTERNAL_ERROR");
        assertThat(response.body()).doesNotContain("secret").doesNotContain("IllegalStateException")
                .doesNotContain("at vn.");
    }

    @Test
    void whatJettyRefusesItselfIsJsonToo() throws IOException {
        try (Socket socket = new Socket(server.server().baseUri().getHost(), server.server().port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /health HTTP/1.1\r\nHost: x\r\nBad Header Without Colon\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).contains("application/json").contains("\"error\":\"BAD_REQUEST\"");
        }
    }

    private static HttpResponse<String> postGzip(byte[] body) {
        return server.send(HttpRequest.newBuilder(server.uri("/test/probe"))
                .header("Content-Type", "application/json").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(plain);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        ErrorBody body = ServerJson.MAPPER.readValue(response.body(), ErrorBody.class);
        assertThat(body.error()).isEqualTo(code);
        assertThat(body.message()).isNotBlank();
        assertThat(response.headers().firstValue(ProtocolHeaders.SERVER_TIME)).isPresent();
        assertThat(Arrays.asList(response.body().split("\n"))).hasSize(1);
    }
}
