package vn.truongso.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.Extension;
import vn.truongso.server.school.School;
import vn.truongso.server.testing.OnBothDatabases;
import vn.truongso.server.testing.TestDevice;
import vn.truongso.server.testing.TestServer;

class CrlTest {

    @OnBothDatabases
    void theCrlIsSignedByTheSchoolsCaAndListsRevokedDevicesOnly(TestServer server) throws Exception {
        School school = server.newSchool();
        TestDevice kept = server.enrol(school);
        TestDevice stolen = server.enrol(school);
        X509CRL before = crl(server, school);

        server.context().devices().revoke(stolen.id(), "stolen from room 3");
        X509CRL after = crl(server, school);

        before.verify(kept.caCertificate().getPublicKey());
        after.verify(kept.caCertificate().getPublicKey());
        assertThat(before.getRevokedCertificates()).isNull();
        assertThat(after.getRevokedCertificates()).hasSize(1);
        assertThat(after.isRevoked(stolen.certificate())).isTrue();
        assertThat(after.isRevoked(kept.certificate())).isFalse();
        assertThat(crlNumber(after)).isGreaterThan(crlNumber(before));
        assertThat(after.getNextUpdate()).isAfter(after.getThisUpdate());
    }

    @OnBothDatabases
    void anUnknownSchoolHasNoCrl(TestServer server) {
        HttpResponse<String> response = server.get("/v2/crl/NO-SUCH-SCHOOL");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"error\":\"UNKNOWN_SCHOOL\"");
    }

    private static X509CRL crl(TestServer server, School school) throws Exception {
        HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(server.uri("/v2/crl/" + school.code())),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pkix-crl");
        return (X509CRL) CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(response.body()));
    }

    private static BigInteger crlNumber(X509CRL crl) {
        byte[] extension = crl.getExtensionValue(Extension.cRLNumber.getId());
        return ASN1Integer.getInstance(ASN1OctetString.getInstance(extension).getOctets()).getValue();
    }
}
