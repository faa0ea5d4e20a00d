package vn.truongso.core.signatures.pades;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.core.demo.DemoTranscripts;
import vn.truongso.core.signatures.ExternalTools;
import vn.truongso.core.signatures.SignedTranscripts;
import vn.truongso.core.signatures.TestPki;
import vn.truongso.core.signatures.pki.KeyAlgorithm;
import vn.truongso.core.transcripts.pdf.RenderMode;
import vn.truongso.core.transcripts.pdf.RenderedTranscript;
import vn.truongso.core.transcripts.pdf.SignatureArea;
import vn.truongso.core.transcripts.pdf.SignatureSlot;
import vn.truongso.core.transcripts.pdf.TranscriptRenderer;
import vn.truongso.core.signatures.verify.DocumentReport;
import vn.truongso.core.signatures.verify.PadesLevel;
import vn.truongso.core.signatures.verify.Verdict;

/** The renderer's real transcript (PDF/A-2b), signed in the areas it leaves: principal, then seal, each B-LT. */
class RenderedTranscriptSigningTest {
    @TempDir
    Path folder;

    @Test
    void aRenderedTranscriptSignedByPrincipalAndSealIsValidHereAndForPdfsig() throws Exception {
        TestPki school = TestPki.create(KeyAlgorithm.RSA_2048);
        RenderedTranscript rendered = TranscriptRenderer.render(DemoTranscripts.transcript("10A1", 7, 1),
                RenderMode.ISSUED);
        LongTermSigner signer = SignedTranscripts.signer(school);

        byte[] byPrincipal = signer.sign(rendered.pdf(), school.principal(), SignedTranscripts.principalRequest(school)
                .withVisible(VisibleSignature.person(box(rendered.signatureArea(SignatureSlot.PRINCIPAL)),
                        "Hiệu trưởng")));
        byte[] signed = signer.sign(byPrincipal, school.pki().seal(), SignedTranscripts.sealRequest(school)
                .withVisible(VisibleSignature.schoolSeal(box(rendered.signatureArea(SignatureSlot.SCHOOL_SEAL)),
                        "Dấu của nhà trường")));
        Files.write(Path.of("target", "signed-rendered-transcript.pdf"), signed);
        System.out.printf("signed size rendered transcript (%d page(s)): unsigned %,d B, principal + seal at B-LT "
                + "%,d B (+%,d B)%n", rendered.pageCount(), rendered.size(), signed.length,
                signed.length - rendered.size());

        DocumentReport report = SignedTranscripts.verify(signed, school);
        assertThat(report.verdict()).as(report.problems().toString()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures()).extracting(s -> s.level()).containsOnly(PadesLevel.B_LT);
        String pdfsig = ExternalTools.pdfsig(Files.write(folder.resolve("signed.pdf"), signed)).output();
        assertThat(pdfsig.split("Signature is Valid", -1)).as(pdfsig).hasSize(3);
    }

    private static SignatureBox box(SignatureArea area) {
        return new SignatureBox(area.pageIndex(), area.x(), area.y(), area.width(), area.height());
    }
}
