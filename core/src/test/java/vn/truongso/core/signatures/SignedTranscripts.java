package vn.truongso.core.signatures;

import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.List;
import vn.truongso.core.signatures.pades.LongTermSigner;
import vn.truongso.core.signatures.pades.SignatureRequest;
import vn.truongso.core.signatures.pades.VisibleSignature;
import vn.truongso.core.signatures.verify.DocumentReport;
import vn.truongso.core.signatures.verify.PdfSignatureVerifier;
import vn.truongso.core.signatures.verify.TrustSettings;

/** The flows the tests share: the principal signs, then the school seal, each at B-LT; and a verifier. */
public final class SignedTranscripts {
    private SignedTranscripts() {}

    public static LongTermSigner signer(TestPki pki, X509CRL... crls) {
        return new LongTermSigner(pki.tsa(), pki.pki().tsa().chain(), () -> crls.length == 0 ? List.of(pki.crl())
                : List.of(crls));
    }

    public static SignatureRequest principalRequest(TestPki pki) {
        return SignatureRequest.invisible(pki.now(), "Phê duyệt học bạ", "Lào Cai")
                .withVisible(VisibleSignature.person(TestPdfs.PRINCIPAL_BOX, "Hiệu trưởng"));
    }

    public static SignatureRequest sealRequest(TestPki pki) {
        return SignatureRequest.invisible(pki.now().plusSeconds(3), "Đóng dấu nhà trường", "Lào Cai")
                .withVisible(VisibleSignature.schoolSeal(TestPdfs.SEAL_BOX, "Dấu của nhà trường"));
    }

    /** A transcript signed by the principal, then by the seal, both at B-LT. */
    public static byte[] principalThenSeal(TestPki pki) {
        LongTermSigner signer = signer(pki);
        byte[] one = signer.sign(TestPdfs.transcript(), pki.principal(), principalRequest(pki));
        return signer.sign(one, pki.pki().seal(), sealRequest(pki));
    }

    public static DocumentReport verify(byte[] pdf, TestPki trusted) {
        return new PdfSignatureVerifier(TrustSettings.roots(List.of(trusted.pki().root())))
                .verify(pdf, Instant.now());
    }
}
