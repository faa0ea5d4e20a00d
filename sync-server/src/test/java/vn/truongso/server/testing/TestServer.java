package vn.truongso.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import vn.truongso.server.SyncServers;
import vn.truongso.server.config.ServerConfig;
import vn.truongso.server.http.RouteModule;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.http.SyncServer;
import vn.truongso.server.school.School;

/**
 * A real sync server for a test: real HTTP on loopback, a real database of the given kind, freshly made. Helpers
 * create schools (with unique codes, since one server may serve all the tests of a class), enrolment codes and
 * enrolled devices ({@link TestDevice}), and send plain requests.
 */
public final class TestServer implements AutoCloseable {
    private static final AtomicInteger SCHOOLS = new AtomicInteger();

    private final DatabaseKind kind;
    private final Path dataDir;
    private final SyncServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer(DatabaseKind kind, Path dataDir, SyncServer server) {
        this.kind = kind;
        this.dataDir = dataDir;
        this.server = server;
    }

    /** The standard server on a fresh database of {@code kind}. */
    public static TestServer start(DatabaseKind kind) {
        return start(kind, UnaryOperator.identity(), Clock.systemUTC(), List.of());
    }

    /** A server with its configuration adjusted, another clock, or extra routes (e.g. a test route on a latch). */
    public static TestServer start(DatabaseKind kind, UnaryOperator<ServerConfig> adjust, Clock clock,
                                   List<RouteModule> extraModules) {
        Path dataDir = TestConfigs.newTempDir();
        try {
            ServerConfig config = adjust.apply(TestConfigs.fresh(kind, dataDir));
            return new TestServer(kind, dataDir, SyncServers.start(config, clock, extraModules));
        } catch (RuntimeException e) {
            TestConfigs.deleteTree(dataDir);
            throw e;
        }
    }

    public DatabaseKind kind() {
        return kind;
    }

    public SyncServer server() {
        return server;
    }

    public ServerContext context() {
        return server.context();
    }

    public Path dataDir() {
        return dataDir;
    }

    public URI uri(String pathAndQuery) {
        return server.baseUri().resolve(pathAndQuery);
    }

    public HttpClient http() {
        return http;
    }

    /** A new school with a code no other test uses. */
    public School newSchool() {
        int n = SCHOOLS.incrementAndGet();
        return context().schools().create("T" + ProcessHandle.current().pid() % 100_000 + "-" + n,
                "Trường kiểm thử số " + n);
    }

    public String newEnrolmentCode(School school) {
        return context().enrolmentCodes().create(school, Duration.ofHours(72));
    }

    /** A PC enrolled with {@code school} through the real /v2/enrol route. */
    public TestDevice enrol(School school) {
        return TestDevice.enrol(this, newEnrolmentCode(school), "PC " + school.code());
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            http.close();
            TestConfigs.deleteTree(dataDir);
        }
    }
}
