package vn.truongso.server.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.server.InvalidInputException;
import vn.truongso.server.config.ServerConfig;
import vn.truongso.server.testing.TestDevice;

class SchoolCaTest {
    private static final Instant NOW = Instant.parse("2026-09-05T01:00:00Z");

    @Test
    void aSchoolCaIsASelfSignedP256AuthorityForTenYears() throws Exception {
        SchoolCa ca = SchoolCa.create("THPT-BH", NOW);
        X509Certificate certificate = ca.certificate();

        certificate.verify(certificate.getPublicKey());
        assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(certificate.getBasicConstraints()).isZero();
        assertThat(certificate.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(certificate.getKeyUsage()[6]).as("cRLSign").isTrue();
        assertThat(certificate.getSubjectX500Principal().getName()).contains("O=THPT-BH");
        assertThat(certificate.getNotAfter().toInstant()).isAfter(NOW.plus(SchoolCa.CA_VALIDITY).minusSeconds(1));
    }

    @Test
    void aCaSurvivesItsStoredForm() throws Exception {
        SchoolCa ca = SchoolCa.create("S1", NOW);

        SchoolCa stored = SchoolCa.fromEncoded(ca.certificate().getEncoded(), ca.privateKey().getEncoded());
        X509Certificate issued = stored.issueDeviceCertificate(TestDevice.newKeyPair().getPublic(), UUID.randomUUID(),
                "S1", BigInteger.TWO, NOW);

        issued.verify(ca.certificate().getPublicKey());
    }

    @Test
    void aCrlListsTheGivenSerials() throws Exception {
        SchoolCa ca = SchoolCa.create("S1", NOW);

        byte[] der = ca.crl(List.of(new SchoolCa.Revoked(BigInteger.valueOf(7), NOW)), 3, NOW);
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));

        crl.verify(ca.certificate().getPublicKey());
        assertThat(crl.getRevokedCertificate(BigInteger.valueOf(7))).isNotNull();
        assertThat(crl.getRevokedCertificate(BigInteger.valueOf(8))).isNull();
    }

    @Test
    void aCsrThatIsNotPkcs10IsRefused() {
        assertThatThrownBy(() -> DeviceCsr.parse("")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DeviceCsr.parse("%%%")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DeviceCsr.parse("AAAA")).isInstanceOf(InvalidInputException.class);
        assertThat(DeviceCsr.parse(TestDevice.csr(TestDevice.newKeyPair())).publicKey()).isNotNull();
    }

    @Test
    void theMasterKeySealsValuesBoundToTheirRow() {
        MasterKey key = MasterKey.random();
        byte[] secret = "PKCS#8 bytes".getBytes(StandardCharsets.UTF_8);

        byte[] sealed = key.seal(secret, "school-ca:1");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("PKCS#8 bytes");
        assertThat(key.open(sealed, "school-ca:1")).isEqualTo(secret);
        assertThatThrownBy(() -> key.open(sealed, "school-ca:2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MasterKey.random().open(sealed, "school-ca:1"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theMasterKeyFileIsCreatedOnceReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        ServerConfig config = ServerConfig.defaults().withDataDir(dir);

        byte[] sealed = MasterKey.load(config).seal(new byte[] {1, 2, 3}, "x");

        Path file = dir.resolve("master.key");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(MasterKey.load(config).open(sealed, "x")).containsExactly(1, 2, 3);
    }
}
