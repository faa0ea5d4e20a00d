package vn.truongso.server.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import vn.truongso.core.signatures.Digests;
import vn.truongso.core.signatures.pki.KeyAlgorithm;
import vn.truongso.core.signatures.pki.SchoolSigningPki;
import vn.truongso.server.school.School;
import vn.truongso.server.testing.OnBothDatabases;
import vn.truongso.server.testing.TestServer;
import vn.truongso.server.trust.MasterKey;

/** {@code POST /tsa/{schoolCode}}: RFC 3161 over real HTTP on loopback, on H2 and PostgreSQL. */
class TsaRoutesTest {

    @OnBothDatabases
    void grantsTimeStampsWithRisingSerialsSignedByTheSchoolsTsa(TestServer server) throws Exception {
        School school = server.newSchool();
        SchoolSigningPki pki = pkis(server).create(school, Optional.empty(), KeyAlgorithm.EC_P256);
        List<BigInteger> serials = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
            requests.setCertReq(true);
            TimeStampRequest request = requests.generate(TSPAlgorithms.SHA256, Digests.sha256(new byte[] {(byte) i}),
                    BigInteger.valueOf(1000 + i));

            HttpResponse<byte[]> answer = post(server, school.code(), "application/timestamp-query",
                    request.getEncoded());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/timestamp-reply");
            TimeStampResponse response = new TimeStampResponse(answer.body());
            response.validate(request);
            assertThat(response.getStatus()).isEqualTo(PKIStatus.GRANTED);
            response.getTimeStampToken().validate(new JcaSimpleSignerInfoVerifierBuilder()
                    .build(pki.tsa().certificate()));
            serials.add(response.getTimeStampToken().getTimeStampInfo().getSerialNumber());
        }
        assertThat(serials).isSorted().doesNotHaveDuplicates();
    }

    @OnBothDatabases
    void aBodyThatIsNotATimeStampRequestGetsARejectionOrA415(TestServer server) throws Exception {
        School school = server.newSchool();
        pkis(server).create(school, Optional.empty(), KeyAlgorithm.EC_P256);

        HttpResponse<byte[]> garbage = post(server, school.code(), "application/timestamp-query", new byte[] {1, 2});
        HttpResponse<byte[]> json = post(server, school.code(), "application/json", "{}".getBytes());

        assertThat(garbage.statusCode()).isEqualTo(200);
        assertThat(new TimeStampResponse(garbage.body()).getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(json.statusCode()).isEqualTo(415);
    }

    @OnBothDatabases
    void unknownSchoolsAndSchoolsWithoutKeysHaveNoAuthority(TestServer server) throws Exception {
        School withoutKeys = server.newSchool();
        byte[] request = new TimeStampRequestGenerator().generate(TSPAlgorithms.SHA256, new byte[32]).getEncoded();

        HttpResponse<byte[]> unknown = post(server, "NO-SUCH", "application/timestamp-query", request);
        HttpResponse<byte[]> noKeys = post(server, withoutKeys.code(), "application/timestamp-query", request);

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(new String(unknown.body())).contains("UNKNOWN_SCHOOL");
        assertThat(noKeys.statusCode()).isEqualTo(404);
        assertThat(new String(noKeys.body())).contains("NO_TSA");
    }

    static SigningPkis pkis(TestServer server) {
        return new SigningPkis(server.context().database(), MasterKey.load(server.context().config()),
                server.context().clock());
    }

    private static HttpResponse<byte[]> post(TestServer server, String code, String type, byte[] body) {
        return server.send(HttpRequest.newBuilder(server.uri("/tsa/" + code)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), HttpResponse.BodyHandlers.ofByteArray());
    }
}
