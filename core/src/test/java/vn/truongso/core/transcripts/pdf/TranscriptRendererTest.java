package vn.truongso.core.transcripts.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import vn.truongso.core.demo.DemoTranscripts;
import vn.truongso.core.transcripts.Transcript;
import vn.truongso.core.transcripts.VerificationCode;

class TranscriptRendererTest {

    @Test
    void aOneYearTranscriptIsOnePageWithAReadableQrCode() {
        Transcript t = DemoTranscripts.transcript("10A1", 1, 1);

        RenderedTranscript r = TranscriptRenderer.render(t, RenderMode.DRAFT);

        PdfChecks.save(r.pdf(), "transcript-draft.pdf");
        BufferedImage page = PdfChecks.page(r.pdf(), 0, 200);
        PdfChecks.save(page, "transcript-page1.png");
        PdfChecks.save(PdfChecks.page(r.pdf(), r.pageCount() - 1, 110), "transcript-last.png");
        assertThat(r.pageCount()).isEqualTo(1);
        assertThat(VerificationCode.parse(PdfChecks.decodeQr(page))).isEqualTo(VerificationCode.of(t));
        System.out.println(r + " issued: " + TranscriptRenderer.render(t, RenderMode.ISSUED));
    }
}
