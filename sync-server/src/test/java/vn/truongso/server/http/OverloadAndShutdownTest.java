package vn.truongso.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.component.LifeCycle;
import org.junit.jupiter.api.Test;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.LatchRoutes;
import vn.truongso.server.testing.TestDevice;
import vn.truongso.server.testing.TestServer;

class OverloadAndShutdownTest {

    @Test
    void aFullServerAnswers429WithRetryAfterInsteadOfQueueing() throws Exception {
        LatchRoutes latch = new LatchRoutes();
        try (TestServer server = TestServer.start(DatabaseKind.H2,
                config -> config.withLimits(config.maxBodyBytes(), 1, 20), Clock.systemUTC(), List.of(latch))) {
            TestDevice pc = server.enrol(server.newSchool());
            CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> pc.get("/v2/test/hold"));
            assertThat(latch.entered.await(10, TimeUnit.SECONDS)).isTrue(); // the one permit is taken

            HttpResponse<String> refused = server.get("/v2/crl/ANY");
            HttpResponse<String> health = server.get("/health");
            latch.release.countDown();

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(refused.body()).contains("\"error\":\"TOO_MANY_REQUESTS\"");
            assertThat(health.statusCode()).as("operations routes are not limited").isEqualTo(200);
            assertThat(held.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aRequestThatOnlyWaitsGivesItsPlaceUp() throws Exception {
        LatchRoutes latch = new LatchRoutes();
        try (TestServer server = TestServer.start(DatabaseKind.H2,
                config -> config.withLimits(config.maxBodyBytes(), 1, 20), Clock.systemUTC(), List.of(latch))) {
            TestDevice pc = server.enrol(server.newSchool());
            CompletableFuture<HttpResponse<String>> waiting = CompletableFuture.supplyAsync(() -> pc.get("/v2/test/wait"));
            assertThat(latch.entered.await(10, TimeUnit.SECONDS)).isTrue();

            HttpResponse<String> served = server.get("/v2/crl/NO-SUCH-SCHOOL");
            latch.release.countDown();

            assertThat(served.statusCode()).as("not 429: the waiting request holds no place").isEqualTo(404);
            assertThat(waiting.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void stoppingLetsARequestInFlightFinishAndTakesNoNewOnes() throws Exception {
        LatchRoutes latch = new LatchRoutes();
        TestServer server = TestServer.start(DatabaseKind.H2, config -> config.withShutdownTimeout(Duration.ofSeconds(20)),
                Clock.systemUTC(), List.of(latch));
        int port = server.server().port();
        CountDownLatch stopping = new CountDownLatch(1);
        server.server().javalin().jettyServer().server().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopping(LifeCycle event) {
                stopping.countDown();
            }
        });
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> server.send(
                HttpRequest.newBuilder(server.uri("/test/hold")).GET()));
        assertThat(latch.entered.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
        assertThat(stopping.await(10, TimeUnit.SECONDS)).isTrue();
        latch.release.countDown();

        HttpResponse<String> finished = inFlight.get(20, TimeUnit.SECONDS);
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(finished.body()).isEqualTo("released");
        closing.get(20, TimeUnit.SECONDS);
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
    }
}
