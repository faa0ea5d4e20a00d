package vn.truongso.server.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.server.db.schema.Tables.DEVICE;
import static vn.truongso.server.db.schema.Tables.ENROLMENT_CODE;

import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.truongso.server.db.schema.tables.records.DeviceRecord;
import vn.truongso.server.http.ServerJson;
import vn.truongso.server.school.School;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.OnBothDatabases;
import vn.truongso.server.testing.TestClock;
import vn.truongso.server.testing.TestDevice;
import vn.truongso.server.testing.TestServer;

class EnrolmentTest {

    @OnBothDatabases
    void aPcEnrolsWithACodeAndGetsACertificateFromItsSchoolsCa(TestServer server) throws Exception {
        School school = server.newSchool();
        String code = server.newEnrolmentCode(school);
        KeyPair keys = TestDevice.newKeyPair();

        HttpResponse<String> response = server.postJson("/v2/enrol",
                TestDevice.enrolBody(code.toLowerCase().replace("-", " "), "Phòng máy 1", TestDevice.csr(keys), 41));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = ServerJson.MAPPER.readTree(response.body());
        UUID deviceId = UUID.fromString(body.get("deviceId").asString());
        assertThat(body.get("schoolId").asString()).isEqualTo(school.id().toString());
        assertThat(body.get("schoolCode").asString()).isEqualTo(school.code());
        assertThat(body.get("syncToken").asString()).hasSizeGreaterThanOrEqualTo(40);

        X509Certificate certificate = TestDevice.certificate(body.get("certificate").asString());
        X509Certificate ca = TestDevice.certificate(body.get("caCertificate").asString());
        certificate.verify(ca.getPublicKey()); // chains to the school's CA
        ca.verify(ca.getPublicKey());
        assertThat(certificate.getPublicKey()).isEqualTo(keys.getPublic());
        assertThat(rdn(certificate, "CN")).isEqualTo(deviceId.toString());
        assertThat(rdn(certificate, "O")).isEqualTo(school.code());
        assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2"); // clientAuth
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(ca.getBasicConstraints()).isZero();
        assertThat(Duration.between(certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant()))
                .isBetween(Duration.ofDays(729), Duration.ofDays(731));
        assertThat(Duration.between(ca.getNotBefore().toInstant(), ca.getNotAfter().toInstant()))
                .isBetween(Duration.ofDays(3650), Duration.ofDays(3655));

        DeviceRecord device = server.context().database().dsl().selectFrom(DEVICE).where(DEVICE.ID.eq(deviceId))
                .fetchSingle();
        assertThat(device.getSchoolId()).isEqualTo(school.id());
        assertThat(device.getName()).isEqualTo("Phòng máy 1");
        assertThat(device.getStatus()).isEqualTo("ACTIVE");
        assertThat(device.getAckedSeq()).isEqualTo(40);
        assertThat(device.getTokenHash()).isNotEqualTo(body.get("syncToken").asString()).hasSize(64);
    }

    @OnBothDatabases
    void wrongUsedAndExpiredCodesGetTheSameRefusal(TestServer server) {
        School school = server.newSchool();
        String used = server.newEnrolmentCode(school);
        server.postJson("/v2/enrol", enrolBody(used));
        String expired = expiredCode(server, school);

        HttpResponse<String> wrong = server.postJson("/v2/enrol", enrolBody("AAAA-BBBB-CCCC-DDDD"));
        HttpResponse<String> again = server.postJson("/v2/enrol", enrolBody(used));
        HttpResponse<String> late = server.postJson("/v2/enrol", enrolBody(expired));

        for (HttpResponse<String> refusal : List.of(wrong, again, late)) {
            assertThat(refusal.statusCode()).isEqualTo(403);
            assertThat(refusal.body()).isEqualTo(wrong.body());
        }
        assertThat(wrong.body()).contains("\"error\":\"INVALID_ENROLMENT_CODE\"");
    }

    @OnBothDatabases
    void aRefusedRequestLeavesTheCodeUnused(TestServer server) {
        School school = server.newSchool();
        String code = server.newEnrolmentCode(school);

        HttpResponse<String> badCsr = server.postJson("/v2/enrol",
                TestDevice.enrolBody(code, "PC", "bm90IGEgY3Ny", 1));
        HttpResponse<String> good = server.postJson("/v2/enrol", enrolBody(code));

        assertThat(badCsr.statusCode()).isEqualTo(400);
        assertThat(badCsr.body()).contains("\"error\":\"INVALID_REQUEST\"").contains("PKCS#10");
        assertThat(good.statusCode()).isEqualTo(200);
    }

    @OnBothDatabases
    void onlyEcP256KeysWithAValidSelfSignatureAreCertified(TestServer server) throws Exception {
        School school = server.newSchool();
        KeyPairGenerator p384 = KeyPairGenerator.getInstance("EC");
        p384.initialize(new ECGenParameterSpec("secp384r1"));
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);

        HttpResponse<String> wrongCurve = server.postJson("/v2/enrol", TestDevice.enrolBody(
                server.newEnrolmentCode(school), "PC", TestDevice.csr(p384.generateKeyPair()), 1));
        HttpResponse<String> rsaKey = server.postJson("/v2/enrol", TestDevice.enrolBody(
                server.newEnrolmentCode(school), "PC", rsaCsr(rsa.generateKeyPair()), 1));

        assertThat(wrongCurve.statusCode()).isEqualTo(400);
        assertThat(wrongCurve.body()).contains("P-256");
        assertThat(rsaKey.statusCode()).isEqualTo(400);
    }

    @OnBothDatabases
    void missingFieldsAre400WithTheFieldNamed(TestServer server) {
        School school = server.newSchool();
        String code = server.newEnrolmentCode(school);

        HttpResponse<String> noName = server.postJson("/v2/enrol", TestDevice.enrolBody(code, " ",
                TestDevice.csr(TestDevice.newKeyPair()), 1));
        HttpResponse<String> zeroSeq = server.postJson("/v2/enrol", TestDevice.enrolBody(code, "PC",
                TestDevice.csr(TestDevice.newKeyPair()), 0));

        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("name");
        assertThat(zeroSeq.statusCode()).isEqualTo(400);
        assertThat(zeroSeq.body()).contains("firstSeq");
    }

    @OnBothDatabases
    void twoPcsRacingWithOneCodeCannotBothEnrol(TestServer server) {
        School school = server.newSchool();
        String code = server.newEnrolmentCode(school);

        List<CompletableFuture<HttpResponse<String>>> racers = List.of(
                CompletableFuture.supplyAsync(() -> server.postJson("/v2/enrol", enrolBody(code))),
                CompletableFuture.supplyAsync(() -> server.postJson("/v2/enrol", enrolBody(code))));

        List<Integer> statuses = racers.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted()
                .toList();
        assertThat(statuses).containsExactly(200, 403);
        assertThat(server.context().devices().list(school.id())).hasSize(1);
    }

    @Test
    void oneAddressMayTryOnlySoOftenAMinute() {
        TestClock clock = TestClock.now();
        UnaryOperator<vn.truongso.server.config.ServerConfig> twoPerMinute = config -> config.withLimits(
                config.maxBodyBytes(), config.maxConcurrentRequests(), 2);
        try (TestServer server = TestServer.start(DatabaseKind.H2, twoPerMinute, clock, List.of())) {
            String body = enrolBody("AAAA-BBBB-CCCC-DDDD");

            int first = server.postJson("/v2/enrol", body).statusCode();
            int second = server.postJson("/v2/enrol", body).statusCode();
            HttpResponse<String> third = server.postJson("/v2/enrol", body);
            clock.advance(Duration.ofMinutes(1));
            int nextMinute = server.postJson("/v2/enrol", body).statusCode();

            assertThat(List.of(first, second)).containsOnly(403);
            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.headers().firstValue("Retry-After")).isPresent();
            assertThat(third.body()).contains("TOO_MANY_ATTEMPTS");
            assertThat(nextMinute).isEqualTo(403);
        }
    }

    private static String enrolBody(String code) {
        return TestDevice.enrolBody(code, "PC", TestDevice.csr(TestDevice.newKeyPair()), 1);
    }

    /** A code whose 72 hours have passed: written as the server would have, three days ago. */
    private static String expiredCode(TestServer server, School school) {
        String code = EnrolmentCodes.newCode();
        OffsetDateTime threeDaysAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3);
        server.context().database().dsl().insertInto(ENROLMENT_CODE)
                .set(ENROLMENT_CODE.CODE_HASH, EnrolmentCodes.hash(EnrolmentCodes.normalise(code)))
                .set(ENROLMENT_CODE.SCHOOL_ID, school.id())
                .set(ENROLMENT_CODE.CREATED_AT, threeDaysAgo)
                .set(ENROLMENT_CODE.EXPIRES_AT, threeDaysAgo.plusHours(72).minusMinutes(1))
                .execute();
        return code;
    }

    private static String rsaCsr(KeyPair keys) throws Exception {
        byte[] der = new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder(
                new javax.security.auth.x500.X500Principal("CN=rsa"), keys.getPublic())
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA")
                        .build(keys.getPrivate())).getEncoded();
        return java.util.Base64.getEncoder().encodeToString(der);
    }

    private static String rdn(X509Certificate certificate, String type) throws Exception {
        return new LdapName(certificate.getSubjectX500Principal().getName()).getRdns().stream()
                .filter(rdn -> rdn.getType().equalsIgnoreCase(type)).map(Rdn::getValue).map(Object::toString)
                .findFirst().orElseThrow();
    }
}
