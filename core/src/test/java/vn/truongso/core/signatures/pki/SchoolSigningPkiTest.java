package vn.truongso.core.signatures.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.truongso.core.signatures.SigningKey;
import vn.truongso.core.signatures.TestPki;

/** The school's document PKI: what each certificate may do, the CRL, and the keystore it is kept in. */
class SchoolSigningPkiTest {
    private static final String EXTENDED_KEY_USAGE = "2.5.29.37";
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    private static TestPki school;

    @BeforeAll
    static void pki() {
        school = TestPki.create(KeyAlgorithm.RSA_2048);
    }

    @Test
    void theTsaCertificatesOnlyExtendedKeyUsageIsACriticalTimeStamping() throws Exception {
        X509Certificate tsa = school.pki().tsa().certificate();

        assertThat(tsa.getExtendedKeyUsage()).containsExactly(KeyPurposeId.id_kp_timeStamping.getId());
        assertThat(tsa.getCriticalExtensionOIDs()).contains(EXTENDED_KEY_USAGE);
        assertThat(tsa.getBasicConstraints()).isEqualTo(-1);
    }

    @Test
    void thePrincipalAndTheSealMaySignDocumentsAndNothingElse() throws Exception {
        for (SigningKey signer : List.of(school.principal(), school.pki().seal())) {
            X509Certificate certificate = signer.certificate();
            assertThat(certificate.getKeyUsage()[DIGITAL_SIGNATURE]).isTrue();
            assertThat(certificate.getKeyUsage()[NON_REPUDIATION]).isTrue();
            assertThat(certificate.getKeyUsage()[5]).as("keyCertSign").isFalse();
            assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
            assertThat(certificate.getExtendedKeyUsage()).isNull();
            certificate.verify(school.pki().root().getPublicKey());
            assertThat(signer.chain()).endsWith(school.pki().root());
            assertThat(signer.certificate().getPublicKey()).isInstanceOf(RSAPublicKey.class);
        }
        assertThat(Certificates.commonName(school.principal().certificate())).isEqualTo("Nguyễn Thị Hoa");
        assertThat(Certificates.organisation(school.pki().seal().certificate())).isEqualTo("Trường THCS và THPT Bắc Hà");
    }

    @Test
    void theRootIsASelfSignedCaThatSignsCertificatesAndCrlsOnly() {
        X509Certificate root = school.pki().root();

        assertThat(Certificates.isSelfSigned(root)).isTrue();
        assertThat(root.getBasicConstraints()).isZero();
        assertThat(root.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(root.getKeyUsage()[6]).as("cRLSign").isTrue();
        assertThat(root.getKeyUsage()[DIGITAL_SIGNATURE]).isFalse();
    }

    @Test
    void theCrlListsTheRevokedSerialAndIsSignedByTheCa() throws Exception {
        X509Certificate principal = school.principal().certificate();

        X509CRL crl = school.crl(new Revocation(principal.getSerialNumber(), school.now()));

        crl.verify(school.pki().root().getPublicKey());
        assertThat(crl.isRevoked(principal)).isTrue();
        assertThat(crl.isRevoked(school.pki().seal().certificate())).isFalse();
        assertThat(crl.getRevokedCertificate(principal).getRevocationDate().toInstant()).isEqualTo(school.now());
        assertThat(Certificates.readCrl(Certificates.toPem(crl).getBytes())).isEqualTo(crl);
    }

    @Test
    void theKeystoreKeepsEveryKeyWithItsChainAndRefusesAWrongPassword() {
        byte[] keystore = school.pki().toPkcs12("mật khẩu".toCharArray());

        SchoolSigningPki read = SchoolSigningPki.fromPkcs12(keystore, "mật khẩu".toCharArray());

        assertThat(read.root()).isEqualTo(school.pki().root());
        assertThat(read.seal().chain()).isEqualTo(school.pki().seal().chain());
        assertThat(read.tsa().privateKey()).isEqualTo(school.pki().tsa().privateKey());
        assertThat(read.principal().orElseThrow().certificate()).isEqualTo(school.principal().certificate());
        assertThat(read.ca().orElseThrow().privateKey()).isEqualTo(school.pki().ca().orElseThrow().privateKey());
        assertThatThrownBy(() -> SchoolSigningPki.fromPkcs12(keystore, "sai".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wrong password");
    }

    @Test
    void ellipticCurveKeysAreSupported() throws Exception {
        SchoolSigningPki ec = TestPki.create(KeyAlgorithm.EC_P256).pki();

        assertThat(ec.seal().certificate().getPublicKey()).isInstanceOf(ECPublicKey.class);
        assertThat(ec.root().getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(ec.tsa().certificate().getExtendedKeyUsage())
                .containsExactly(KeyPurposeId.id_kp_timeStamping.getId());
    }

    @Test
    void aPemFileOfRootsReadsBack() {
        String pem = Certificates.toPem(school.pki().root()) + Certificates.toPem(school.principal().certificate());

        assertThat(Certificates.read(pem.getBytes())).containsExactly(school.pki().root(),
                school.principal().certificate());
        assertThatThrownBy(() -> Certificates.read("-----BEGIN NOTHING-----\n-----END NOTHING-----\n".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
