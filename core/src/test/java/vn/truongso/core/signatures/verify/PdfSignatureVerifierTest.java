package vn.truongso.core.signatures.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.truongso.core.signatures.SignedTranscripts;
import vn.truongso.core.signatures.TestPdfs;
import vn.truongso.core.signatures.TestPki;
import vn.truongso.core.signatures.pades.DssReader;
import vn.truongso.core.signatures.pades.PadesSigner;
import vn.truongso.core.signatures.pades.ValidationData;
import vn.truongso.core.signatures.pki.KeyAlgorithm;
import vn.truongso.core.signatures.pki.Revocation;

/** Our verifier on real signed PDFs: what makes a signature VALID, INVALID or UNTRUSTED. */
class PdfSignatureVerifierTest {
    private static TestPki school;
    private static byte[] signed;

    @BeforeAll
    static void signOnce() {
        school = TestPki.create(KeyAlgorithm.RSA_2048);
        signed = SignedTranscripts.principalThenSeal(school);
    }

    @Test
    void bothSignaturesAreValidAtLongTermLevel() {
        DocumentReport report = SignedTranscripts.verify(signed, school);

        assertThat(report.verdict()).as(ReportText.format("signed.pdf", report)).isEqualTo(Verdict.VALID);
        assertThat(report.signatures()).hasSize(2);
        SignatureReport principal = report.signatures().get(0);
        SignatureReport seal = report.signatures().get(1);
        assertThat(principal.signerName()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(seal.signerName()).isEqualTo("Trường THCS và THPT Bắc Hà");
        assertThat(principal.level()).isEqualTo(PadesLevel.B_LT);
        assertThat(seal.level()).isEqualTo(PadesLevel.B_LT);
        assertThat(principal.claimedSigningTime()).contains(school.now());
        assertThat(principal.timeStampTime()).contains(school.now().plusSeconds(1));
        assertThat(principal.coversWholeDocument()).isFalse();
        assertThat(seal.coversWholeDocument()).isFalse(); // its /DSS follows it
        assertThat(seal.notes()).anyMatch(note -> note.contains("/DSS"));
    }

    @Test
    void theDssHoldsBothChainsAndTheCrl() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            DssReader dss = DssReader.of(document);

            assertThat(dss.certificates()).contains(school.principal().certificate(), school.pki().seal().certificate(),
                    school.pki().tsa().certificate(), school.pki().root()).hasSize(4);
            assertThat(dss.crls()).hasSize(1);
            assertThat(dss.crls().getFirst().getIssuerX500Principal())
                    .isEqualTo(school.pki().root().getSubjectX500Principal());
        }
    }

    @Test
    void aChangeBetweenTheTwoSignaturesInvalidatesTheFirstOnly() throws Exception {
        var signer = SignedTranscripts.signer(school);
        byte[] byPrincipal = signer.sign(TestPdfs.transcript(), school.principal(),
                SignedTranscripts.principalRequest(school));
        byte[] annotated;
        try (PDDocument document = Loader.loadPDF(byPrincipal)) {
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(100, 500, 20, 20));
            document.getPage(0).getAnnotations().add(note);
            document.getPage(0).getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            annotated = out.toByteArray();
        }
        byte[] sealed = signer.sign(annotated, school.pki().seal(), SignedTranscripts.sealRequest(school));

        DocumentReport report = SignedTranscripts.verify(sealed, school);

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.signatures().get(0).verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.signatures().get(0).problems()).anyMatch(p -> p.contains("annotation"));
        assertThat(report.signatures().get(1).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void longTermValidationNeedsNothingFromOutside() {
        // No CRLs given, no network: the /DSS alone proves the chains unrevoked.
        DocumentReport report = new PdfSignatureVerifier(new TrustSettings(List.of(school.pki().root()), List.of()))
                .verify(signed, Instant.now());

        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void aTimeStampedSignatureWithoutValidationDataIsUntrustedUntilCrlsAreGiven() {
        byte[] bt = new PadesSigner(school.tsa()).sign(TestPdfs.transcript(), school.principal(),
                SignedTranscripts.principalRequest(school));

        DocumentReport alone = SignedTranscripts.verify(bt, school);
        DocumentReport withCrl = new PdfSignatureVerifier(new TrustSettings(List.of(school.pki().root()),
                List.of(school.crl()))).verify(bt, Instant.now());

        assertThat(alone.verdict()).isEqualTo(Verdict.UNTRUSTED);
        assertThat(alone.problems()).anyMatch(problem -> problem.contains("no CRL"));
        assertThat(withCrl.verdict()).isEqualTo(Verdict.VALID);
        assertThat(withCrl.signatures().getFirst().level()).isEqualTo(PadesLevel.B_T);
        assertThat(withCrl.signatures().getFirst().coversWholeDocument()).isTrue();
    }

    @Test
    void aSignatureWithoutTimeStampIsBasic() {
        byte[] bb = PadesSigner.withoutTimeStamps().sign(TestPdfs.transcript(), school.principal(),
                SignedTranscripts.principalRequest(school));

        DocumentReport report = new PdfSignatureVerifier(new TrustSettings(List.of(school.pki().root()),
                List.of(school.crl()))).verify(bb, Instant.now());

        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures().getFirst().level()).isEqualTo(PadesLevel.B_B);
        assertThat(report.signatures().getFirst().timeStampTime()).isEmpty();
    }

    @Test
    void aSignerFromAnotherCaIsUntrusted() {
        TestPki other = TestPki.create(KeyAlgorithm.EC_P256);
        byte[] foreign = SignedTranscripts.principalThenSeal(other);

        DocumentReport report = SignedTranscripts.verify(foreign, school);

        assertThat(report.verdict()).isEqualTo(Verdict.UNTRUSTED);
        assertThat(report.problems()).anyMatch(problem -> problem.contains("does not chain to a trusted root"));
        // The other school's root is in the /DSS, and still not trusted: only the roots given are.
        assertThat(SignedTranscripts.verify(foreign, other).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void aSignerRevokedBeforeSigningIsInvalid() {
        BigInteger serial = school.principal().certificate().getSerialNumber();
        var crl = school.crl(new Revocation(serial, school.now().minusSeconds(600)));
        byte[] pdf = SignedTranscripts.signer(school, crl).sign(TestPdfs.transcript(), school.principal(),
                SignedTranscripts.principalRequest(school));

        DocumentReport report = SignedTranscripts.verify(pdf, school);

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.problems()).anyMatch(problem -> problem.contains("was revoked"));
    }

    @Test
    void aRevocationAfterTheTimeStampDoesNotUndoTheSignature() {
        BigInteger serial = school.principal().certificate().getSerialNumber();
        var later = school.pki().ca().orElseThrow().crl(List.of(new Revocation(serial, school.now().plusSeconds(60))),
                2, school.now().plusSeconds(120));

        DocumentReport report = new PdfSignatureVerifier(new TrustSettings(List.of(school.pki().root()),
                List.of(later))).verify(signed, Instant.now());

        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures().getFirst().notes()).anyMatch(note -> note.contains("after the signature"));
    }

    @Test
    void contentAddedAfterTheLastSignatureIsDetected() throws Exception {
        byte[] annotated;
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDPage page = document.getPage(0);
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(100, 500, 20, 20));
            note.setContents("Điểm đã sửa");
            page.getAnnotations().add(note);
            page.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            annotated = out.toByteArray();
        }

        DocumentReport report = SignedTranscripts.verify(annotated, school);

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.problems()).anyMatch(problem -> problem.contains("after the signature"));
    }

    @Test
    void aPageRewrittenAfterTheLastSignatureIsDetected() throws Exception {
        byte[] rewritten;
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                content.addRect(60, 700, 100, 10);
                content.fill();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            rewritten = out.toByteArray();
        }

        assertThat(SignedTranscripts.verify(rewritten, school).verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void moreValidationDataAfterTheLastSignatureIsFine() {
        byte[] more = ValidationData.add(signed, List.of(school.pki().root()), List.of(school.crl()));

        assertThat(more.length).isGreaterThan(signed.length);
        assertThat(SignedTranscripts.verify(more, school).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void anUnsignedDocumentIsInvalid() {
        DocumentReport report = SignedTranscripts.verify(TestPdfs.transcript(), school);

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.problems()).containsExactly("the document has no signature");
    }

    @Test
    void notAPdfIsInvalidWithItsReason() {
        DocumentReport report = SignedTranscripts.verify("hello".getBytes(StandardCharsets.US_ASCII), school);

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(report.problems().getFirst()).startsWith("not a readable PDF");
    }

    @Test
    void theReportNamesEverySignature() {
        String text = ReportText.format("hocba.pdf", SignedTranscripts.verify(signed, school));

        assertThat(text).startsWith("hocba.pdf: VALID").contains("signer: Nguyễn Thị Hoa")
                .contains("signer: Trường THCS và THPT Bắc Hà").contains("level: PAdES B-LT");
    }
}
