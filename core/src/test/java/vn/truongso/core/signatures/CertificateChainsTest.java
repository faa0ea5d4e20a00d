package vn.truongso.core.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.core.signatures.Pkcs11KeysTest.pem;
import static vn.truongso.core.signatures.Pkcs11KeysTest.problem;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.truongso.core.testing.TestCa;

class CertificateChainsTest {
    private final TestCa ca = new TestCa();
    private final X509Certificate signer = ca.issuePerson("Nguyễn Thị Hoa", TestCa.ecKeyPair().getPublic());

    @Test
    void completesUpToTheRootInOrderWhateverOrderTheIssuersCameIn() {
        List<X509Certificate> pool = List.of(ca.root(), ca.organisationsCa(), ca.peopleCa());
        assertThat(CertificateChains.complete(List.of(signer), pool))
                .containsExactly(signer, ca.peopleCa(), ca.root());
    }

    @Test
    void stopsWhereAnIssuerIsMissing() {
        assertThat(CertificateChains.complete(List.of(signer), List.of(ca.root()))).containsExactly(signer);
    }

    @Test
    void anIssuerWithTheSameNameButAnotherKeyIsNotTaken() {
        TestCa impostor = new TestCa(); // same names, other keys
        assertThat(CertificateChains.complete(List.of(signer), List.of(impostor.peopleCa(), impostor.root())))
                .containsExactly(signer);
    }

    @Test
    void readsPemAndDerAndRefusesAnythingElse() throws Exception {
        byte[] pem = pem(List.of(ca.peopleCa(), ca.root())).getBytes(StandardCharsets.US_ASCII);
        assertThat(CertificateChains.read(new ByteArrayInputStream(pem))).containsExactly(ca.peopleCa(), ca.root());
        assertThat(CertificateChains.read(new ByteArrayInputStream(ca.root().getEncoded()))).containsExactly(ca.root());
        byte[] text = "chuỗi".getBytes(StandardCharsets.UTF_8);
        assertThat(problem(() -> CertificateChains.read(new ByteArrayInputStream(text))))
                .isEqualTo(KeyAccessException.Problem.NOT_A_CERTIFICATE_FILE);
        assertThat(problem(() -> CertificateChains.read(new ByteArrayInputStream(new byte[0]))))
                .isEqualTo(KeyAccessException.Problem.NOT_A_CERTIFICATE_FILE);
    }
}
