package vn.truongso.server.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.server.db.schema.Tables.DEVICE;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import vn.truongso.core.trust.ProtocolHeaders;
import vn.truongso.core.trust.RequestSignature;
import vn.truongso.server.db.schema.tables.records.DeviceRecord;
import vn.truongso.server.http.ServerJson;
import vn.truongso.server.school.School;
import vn.truongso.server.testing.OnBothDatabases;
import vn.truongso.server.testing.TestDevice;
import vn.truongso.server.testing.TestServer;
import vn.truongso.server.testing.WhoAmIRoutes;
import vn.truongso.server.testing.WithRoutes;

@WithRoutes(WhoAmIRoutes.class)
class RequestAuthenticationTest {

    @OnBothDatabases
    void aSignedRequestReachesItsHandlerWithTheDeviceAndItsSchool(TestServer server) {
        School school = server.newSchool();
        TestDevice pc = server.enrol(school);
        String firstToken = pc.token();

        HttpResponse<String> response = pc.get("/v2/test/whoami");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(ServerJson.MAPPER.readValue(response.body(), AuthenticatedDevice.class))
                .isEqualTo(new AuthenticatedDevice(pc.id(), school.id(), 2));
        assertThat(response.headers().firstValue(ProtocolHeaders.NEXT_TOKEN)).as("reads spend no token").isEmpty();
        assertThat(pc.token()).isEqualTo(firstToken);
        assertThat(response.headers().firstValue(ProtocolHeaders.SERVER_TIME)).isPresent();
        DeviceRecord row = device(server, pc);
        assertThat(row.getLastSeenAt()).isNotNull();
        assertThat(row.getClockSkewMs()).isNotNull();
        assertThat(row.getTokenHash()).as("only hashes are stored").isNotEqualTo(firstToken);
    }

    @OnBothDatabases
    void theSignatureCoversTheBodyAndTheQuery(TestServer server) {
        TestDevice pc = server.enrol(server.newSchool());
        byte[] body = "{\"changes\":[]}".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> echo = pc.postJson("/v2/test/echo", "{\"changes\":[]}");
        HttpResponse<String> tampered = pc.request("POST", "/v2/test/echo", body)
                .signBody("{\"changes\":[1]}".getBytes(StandardCharsets.UTF_8)).send();
        HttpResponse<String> withQuery = pc.get("/v2/test/whoami?after=5&limit=10");

        assertThat(echo.statusCode()).as(echo.body()).isEqualTo(200);
        assertThat(echo.body()).contains(RequestSignature.sha256Hex(body));
        assertThat(tampered.statusCode()).isEqualTo(401);
        assertThat(tampered.body()).contains("\"error\":\"BAD_SIGNATURE\"");
        assertThat(withQuery.statusCode()).as(withQuery.body()).isEqualTo(200);
    }

    @OnBothDatabases
    void aSignatureByAnotherKeyOrForAnotherDeviceIsRefused(TestServer server) {
        School school = server.newSchool();
        TestDevice pc = server.enrol(school);
        TestDevice other = server.enrol(school);

        HttpResponse<String> foreignKey = pc.request("GET", "/v2/test/whoami", new byte[0])
                .signedBy(TestDevice.newKeyPair()).send();
        HttpResponse<String> posingAsOther = pc.request("GET", "/v2/test/whoami", new byte[0])
                .device(other.id().toString()).token(other.token()).send();
        HttpResponse<String> unknownDevice = pc.request("GET", "/v2/test/whoami", new byte[0])
                .device("0190f000-0000-7000-8000-000000000000").send();

        assertThat(foreignKey.statusCode()).isEqualTo(401);
        assertThat(foreignKey.body()).contains("BAD_SIGNATURE");
        assertThat(posingAsOther.statusCode()).isEqualTo(401);
        assertThat(posingAsOther.body()).contains("BAD_SIGNATURE");
        assertThat(unknownDevice.statusCode()).isEqualTo(401);
        assertThat(unknownDevice.body()).contains("UNKNOWN_DEVICE");
        assertThat(pc.get("/v2/test/whoami").statusCode()).as("refusals rotate nothing").isEqualTo(200);
        assertThat(other.get("/v2/test/whoami").statusCode()).isEqualTo(200);
    }

    @OnBothDatabases
    void missingCredentialsAre401AndNeverEchoed(TestServer server) {
        TestDevice pc = server.enrol(server.newSchool());

        HttpResponse<String> noHeaders = server.send(java.net.http.HttpRequest.newBuilder(
                server.uri("/v2/test/whoami")).header(ProtocolHeaders.PROTOCOL, "2").GET());
        HttpResponse<String> garbageSignature = server.send(java.net.http.HttpRequest.newBuilder(
                        server.uri("/v2/test/whoami"))
                .header(ProtocolHeaders.PROTOCOL, "2").header(ProtocolHeaders.DEVICE, pc.id().toString())
                .header(ProtocolHeaders.TIME, Long.toString(System.currentTimeMillis()))
                .header(ProtocolHeaders.TOKEN, pc.token()).header(ProtocolHeaders.SIGNATURE, "bm90IGEgc2lnbmF0dXJl")
                .GET());

        assertThat(noHeaders.statusCode()).isEqualTo(401);
        assertThat(noHeaders.body()).contains("MISSING_CREDENTIALS");
        assertThat(garbageSignature.statusCode()).isEqualTo(401);
        assertThat(garbageSignature.body()).contains("BAD_SIGNATURE").doesNotContain(pc.token());
    }

    @OnBothDatabases
    void aRevokedDeviceIsRefused(TestServer server) {
        TestDevice pc = server.enrol(server.newSchool());
        server.context().devices().revoke(pc.id(), "stolen");

        HttpResponse<String> response = pc.get("/v2/test/whoami");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"error\":\"DEVICE_REVOKED\"");
    }

    @OnBothDatabases
    void aClockMoreThanTenMinutesOffIsRefusedAndItsSkewRecorded(TestServer server) {
        TestDevice pc = server.enrol(server.newSchool());
        long elevenMinutesAgo = System.currentTimeMillis() - Duration.ofMinutes(11).toMillis();

        HttpResponse<String> stale = pc.request("GET", "/v2/test/whoami", new byte[0]).time(elevenMinutesAgo).send();

        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(stale.body()).contains("\"error\":\"CLOCK_SKEW\"").contains("behind");
        assertThat(stale.headers().firstValue(ProtocolHeaders.SERVER_TIME)).isPresent();
        assertThat(device(server, pc).getClockSkewMs()).isLessThan(-Duration.ofMinutes(10).toMillis());
        assertThat(pc.get("/v2/test/whoami").statusCode()).as("the token was not spent").isEqualTo(200);
        assertThat(Math.abs(device(server, pc).getClockSkewMs())).isLessThan(Duration.ofMinutes(1).toMillis());
    }

    @OnBothDatabases
    void protocolTwoAndOneAreServedAndAMissingOrOlderOneIsToldToUpgrade(TestServer server) {
        TestDevice pc = server.enrol(server.newSchool());

        HttpResponse<String> missing = pc.request("GET", "/v2/test/whoami", new byte[0]).protocol(null).send();
        HttpResponse<String> zero = pc.request("GET", "/v2/test/whoami", new byte[0]).protocol("0").send();
        HttpResponse<String> tooNew = pc.request("GET", "/v2/test/whoami", new byte[0]).protocol("3").send();
        HttpResponse<String> one = pc.request("GET", "/v2/test/whoami", new byte[0]).protocol("1").send();

        assertThat(missing.statusCode()).isEqualTo(426);
        assertThat(missing.body()).contains("\"error\":\"PROTOCOL_TOO_OLD\"").contains("Update the app");
        assertThat(zero.statusCode()).isEqualTo(426);
        assertThat(tooNew.statusCode()).isEqualTo(400);
        assertThat(tooNew.body()).contains("PROTOCOL_TOO_NEW");
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(ServerJson.MAPPER.readValue(one.body(), AuthenticatedDevice.class).protocol()).isEqualTo(1);
    }

    @OnBothDatabases
    void everyWriteSpendsTheTokenAndReadsDoNot(TestServer server) {
        TestDevice pc = server.enrol(server.newSchool());
        String first = pc.token();

        assertThat(write(pc).statusCode()).isEqualTo(200);
        String second = pc.token();
        assertThat(pc.get("/v2/test/whoami").statusCode()).isEqualTo(200);
        assertThat(pc.get("/v2/test/whoami").statusCode()).isEqualTo(200);
        assertThat(pc.token()).as("reads leave it").isEqualTo(second);
        assertThat(write(pc).statusCode()).isEqualTo(200);
        String third = pc.token();
        assertThat(write(pc).statusCode()).isEqualTo(200);

        assertThat(java.util.Set.of(first, second, third, pc.token())).hasSize(4);
    }

    @OnBothDatabases
    void aLostReplyIsRetriedWithThePreviousToken(TestServer server) {
        TestDevice pc = server.enrol(server.newSchool());
        String beforeLoss = pc.token();

        HttpResponse<String> lost = pc.request("POST", "/v2/test/echo", BODY).loseReply().send();
        HttpResponse<String> read = pc.get("/v2/test/whoami");
        HttpResponse<String> retry = write(pc);
        HttpResponse<String> next = write(pc);

        assertThat(lost.statusCode()).isEqualTo(200);
        assertThat(read.statusCode()).as("a read with the previous token, the new one unseen").isEqualTo(200);
        assertThat(retry.statusCode()).as("a write with the previous token, the new one unseen").isEqualTo(200);
        assertThat(pc.token()).isNotEqualTo(beforeLoss);
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(device(server, pc).getStatus()).isEqualTo("ACTIVE");
    }

    @OnBothDatabases
    void aCloneWithAStaleTokenGets409AndTheIdentityIsSuspended(TestServer server) {
        TestDevice pc = server.enrol(server.newSchool());
        TestDevice clone = pc.copy(); // a disk image taken now
        assertThat(write(pc).statusCode()).isEqualTo(200);
        assertThat(write(pc).statusCode()).isEqualTo(200);

        HttpResponse<String> cloned = write(clone);
        HttpResponse<String> original = write(pc);

        assertThat(cloned.statusCode()).isEqualTo(409);
        assertThat(cloned.body()).contains("\"error\":\"IDENTITY_REUSED\"").contains("enrol this PC again")
                .doesNotContain(clone.token());
        assertThat(device(server, pc).getStatus()).isEqualTo("SUSPENDED");
        assertThat(original.statusCode()).as("the identity is spent for every copy").isEqualTo(403);
        assertThat(original.body()).contains("DEVICE_SUSPENDED");
    }

    @OnBothDatabases
    void aCloneThatWritesFirstIsCaughtWhenTheOriginalWrites(TestServer server) {
        TestDevice pc = server.enrol(server.newSchool());
        TestDevice clone = pc.copy();
        assertThat(write(pc).statusCode()).isEqualTo(200);

        // To the server the clone's token looks like a lost reply's retry, so it is served once…
        assertThat(write(clone).statusCode()).isEqualTo(200);
        // …and the original's newer token is now stale: the reuse is caught at its next write.
        HttpResponse<String> original = write(pc);

        assertThat(original.statusCode()).isEqualTo(409);
        assertThat(device(server, pc).getStatus()).isEqualTo("SUSPENDED");
        assertThat(clone.get("/v2/test/whoami").statusCode()).isEqualTo(403);
    }

    @OnBothDatabases
    void aCloneThatOnlyReadsIsLetThroughAndCaughtAtItsFirstWrite(TestServer server) {
        TestDevice pc = server.enrol(server.newSchool());
        TestDevice clone = pc.copy();
        assertThat(write(pc).statusCode()).isEqualTo(200);
        assertThat(pc.get("/v2/test/whoami").statusCode()).isEqualTo(200); // the new token is seen
        assertThat(write(pc).statusCode()).isEqualTo(200);
        assertThat(clone.get("/v2/test/whoami").statusCode()).as("a read two tokens behind: a pull racing pushes")
                .isEqualTo(200);
        assertThat(device(server, pc).getStatus()).isEqualTo("ACTIVE");

        HttpResponse<String> cloned = write(clone);

        assertThat(cloned.statusCode()).isEqualTo(409);
        assertThat(device(server, pc).getStatus()).isEqualTo("SUSPENDED");
    }

    @OnBothDatabases
    void publicRoutesNeedNoSignature(TestServer server) {
        School school = server.newSchool();

        assertThat(server.get("/v2/crl/" + school.code()).statusCode()).isEqualTo(200);
        assertThat(server.postJson("/v2/enrol", "{}").statusCode()).isEqualTo(400);
    }

    private static final byte[] BODY = "{\"changes\":[]}".getBytes(StandardCharsets.UTF_8);

    /** A request that changes something, as a push does: it spends the token. */
    private static HttpResponse<String> write(TestDevice pc) {
        return pc.postJson("/v2/test/echo", "{\"changes\":[]}");
    }

    private static DeviceRecord device(TestServer server, TestDevice pc) {
        return server.context().database().dsl().selectFrom(DEVICE).where(DEVICE.ID.eq(pc.id())).fetchSingle();
    }
}
