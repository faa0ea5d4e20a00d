package vn.truongso.core.signatures.pades;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.truongso.core.signatures.TestPdfs;
import vn.truongso.core.signatures.TestPki;
import vn.truongso.core.signatures.pki.KeyAlgorithm;

class ScratchTest {
    @Test
    void scratch() throws Exception {
        TestPki pki = TestPki.create(KeyAlgorithm.RSA_2048);
        PadesSigner signer = new PadesSigner(pki.tsa());
        byte[] pdf = TestPdfs.transcript();
        Files.write(Path.of("target/unsigned.pdf"), pdf);
        byte[] one = signer.sign(pdf, pki.principal(), SignatureRequest.invisible(pki.now(), "Phê duyệt", "Lào Cai")
                .withVisible(VisibleSignature.person(TestPdfs.PRINCIPAL_BOX, "Hiệu trưởng")));
        Files.write(Path.of("target/one.pdf"), one);
        byte[] oneLt = ValidationData.add(one, List.of(pki.principal().certificate(), pki.pki().root(),
                pki.pki().tsa().certificate()), List.of(pki.crl()));
        Files.write(Path.of("target/one-lt.pdf"), oneLt);
        byte[] two = signer.sign(oneLt, pki.pki().seal(), SignatureRequest.invisible(pki.now().plusSeconds(5),
                "Đóng dấu", "Lào Cai").withVisible(VisibleSignature.schoolSeal(TestPdfs.SEAL_BOX, "Dấu nhà trường")));
        byte[] twoLt = ValidationData.add(two, List.of(pki.pki().seal().certificate(), pki.pki().root(),
                pki.pki().tsa().certificate()), List.of(pki.crl()));
        Files.write(Path.of("target/two-lt.pdf"), twoLt);
        Files.writeString(Path.of("target/root.pem"), vn.truongso.core.signatures.pki.Certificates.toPem(pki.pki().root()));
        System.out.println("sizes " + pdf.length + " " + one.length + " " + oneLt.length + " " + two.length + " " + twoLt.length);
    }
}
