package vn.truongso.core.transcripts.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.text.Normalizer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import vn.truongso.core.demo.DemoTranscripts;
import vn.truongso.core.students.Gender;
import vn.truongso.core.transcripts.DocumentInfo;
import vn.truongso.core.transcripts.Parent;
import vn.truongso.core.transcripts.Photo;
import vn.truongso.core.transcripts.StudentIdentity;
import vn.truongso.core.transcripts.Transcript;
import vn.truongso.core.transcripts.VerificationCode;

class TranscriptRendererTest {
    /** Typed decomposed (NFD), as some input methods produce it: the PDF must still carry NFC. */
    private static final String NHUNG = Normalizer.normalize("Nguyễn Thị Hồng Nhung", Normalizer.Form.NFD);
    private static final String VIET = "Đặng Quốc Việt";

    private static Transcript demo(String name, Gender gender) {
        Transcript t = DemoTranscripts.transcript("10A1", 7, 1);
        StudentIdentity s = t.student();
        StudentIdentity renamed = new StudentIdentity(name, gender, s.dateOfBirth(), s.ethnicity(), s.nationality(),
                s.placeOfBirth(), s.homeTown(), s.address(), new Parent(VIET, "Kỹ sư"), s.mother(), null,
                null, s.registrationNumber(), null);
        return new Transcript(t.document(), t.level(), t.school(), renamed, t.courseOfStudy(), t.secondaryYears(),
                t.primaryYears());
    }

    @Test
    void namesWithDiacriticsComeBackFromTheTextExactlyAndInNfc() {
        RenderedTranscript r = TranscriptRenderer.render(demo(NHUNG, Gender.FEMALE), RenderMode.ISSUED);

        String text = PdfChecks.text(r.pdf());

        String nfc = Normalizer.normalize(NHUNG, Normalizer.Form.NFC);
        assertThat(text).contains("Họ và tên: " + nfc).contains("Họ và tên cha: " + VIET)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                .contains("HỌC BẠ").contains("Bản in từ văn bản điện tử");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(text).doesNotContain(NHUNG); // the decomposed form is nowhere
    }

    @Test
    void theQrCodeOnThePageDecodesToTheDocumentIdAndContentHash() {
        Transcript t = demo(VIET, Gender.MALE);
        RenderedTranscript r = TranscriptRenderer.render(t, RenderMode.ISSUED);

        String decoded = PdfChecks.decodeQr(PdfChecks.page(r.pdf(), 0, 200));

        VerificationCode code = VerificationCode.parse(decoded);
        assertThat(code.documentId()).isEqualTo(t.document().id());
        assertThat(code.contentHash()).isEqualTo(t.contentHash());
        assertThat(code.matches(t)).isTrue();
        assertThat(PdfChecks.text(r.pdf())).contains(t.document().id().toString())
                .contains(t.contentHash().base64Url());
    }

    @Test
    void theSameTranscriptRendersToTheSameBytesAndAnotherGradeToAnotherHash() {
        Transcript t = demo(NHUNG, Gender.FEMALE);

        RenderedTranscript first = TranscriptRenderer.render(t, RenderMode.ISSUED);
        RenderedTranscript second = TranscriptRenderer.render(demo(NHUNG, Gender.FEMALE), RenderMode.ISSUED);

        assertThat(second.pdf()).isEqualTo(first.pdf());
        assertThat(second.contentHash()).isEqualTo(first.contentHash());
        Transcript changed = TranscriptModels.withFirstTermOneScore(t, "9.9");
        RenderedTranscript other = TranscriptRenderer.render(changed, RenderMode.ISSUED);
        assertThat(other.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(other.pdf()).isNotEqualTo(first.pdf());
        assertThat(PdfChecks.text(other.pdf())).contains("9,9");
    }

    @Test
    void issuedAndDraftTranscriptsAreValidPdfA2b() {
        Transcript t = demo(NHUNG, Gender.FEMALE);

        assertThat(PdfAValidation.failures(TranscriptRenderer.render(t, RenderMode.ISSUED).pdf())).isEmpty();
        assertThat(PdfAValidation.failures(TranscriptRenderer.render(t, RenderMode.DRAFT).pdf())).isEmpty();
        Transcript threeYears = DemoTranscripts.transcript("12A1", 3, 3);
        assertThat(PdfAValidation.failures(TranscriptRenderer.render(threeYears, RenderMode.ISSUED).pdf())).isEmpty();
    }

    @Test
    void fontsAreEmbeddedSubsetsAndTheFileSaysItIsPdfA2b() throws Exception {
        byte[] pdf = TranscriptRenderer.render(demo(VIET, Gender.MALE), RenderMode.ISSUED).pdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSerif.*");
            }
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getOutputIntents()).singleElement()
                    .satisfies(i -> assertThat(i.getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1"));
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>").contains("<pdfaid:conformance>B</pdfaid:conformance>");
        }
    }

    @Test
    void aOneYearTranscriptIsOnePageUnder25KbAndLooksLikeTheForm() {
        Transcript t = demo(NHUNG, Gender.FEMALE);

        RenderedTranscript issued = TranscriptRenderer.render(t, RenderMode.ISSUED);
        RenderedTranscript draft = TranscriptRenderer.render(t, RenderMode.DRAFT);

        assertThat(issued.pageCount()).isEqualTo(1);
        assertThat(issued.size()).isLessThan(25 * 1024);
        PdfChecks.save(issued.pdf(), "transcript-issued.pdf");
        PdfChecks.save(draft.pdf(), "transcript-draft.pdf");
        PdfChecks.save(PdfChecks.page(issued.pdf(), 0, 110), "transcript-issued-page1.png");
        PdfChecks.save(PdfChecks.page(draft.pdf(), 0, 110), "transcript-draft-page1.png");
        System.out.println("one-year transcript: issued " + issued.size() + " bytes, draft " + draft.size() + " bytes");
    }

    @Test
    void onlyTheDraftSaysItIsADraft() {
        Transcript t = demo(VIET, Gender.MALE);

        assertThat(PdfChecks.text(TranscriptRenderer.render(t, RenderMode.DRAFT).pdf())).contains("BẢN NHÁP");
        assertThat(PdfChecks.text(TranscriptRenderer.render(t, RenderMode.ISSUED).pdf())).doesNotContain("BẢN NHÁP");
    }

    @Test
    void severalYearsFlowOverPagesWithTheSignaturesReservedOnTheLastOne() {
        Transcript t = DemoTranscripts.transcript("12A1", 3, 3);

        RenderedTranscript r = TranscriptRenderer.render(t, RenderMode.ISSUED);

        assertThat(r.pageCount()).isGreaterThan(1);
        assertThat(r.signatureAreas()).extracting(SignatureArea::slot)
                .containsExactly(SignatureSlot.PRINCIPAL, SignatureSlot.SCHOOL_SEAL);
        assertThat(r.signatureAreas()).allSatisfy(a -> {
            assertThat(a.pageIndex()).isEqualTo(r.pageCount() - 1);
            assertThat(a.y()).isGreaterThan(Canvas.BOTTOM + 60f); // above the footer
            assertThat(a.x() + a.width()).isLessThanOrEqualTo(Canvas.RIGHT);
        });
        var principal = r.signatureArea(SignatureSlot.PRINCIPAL).rectangle();
        var seal = r.signatureArea(SignatureSlot.SCHOOL_SEAL).rectangle();
        assertThat(principal.getLowerLeftX()).isGreaterThan(seal.getUpperRightX()); // side by side, no overlap
        String text = PdfChecks.text(r.pdf());
        assertThat(text).contains("NĂM HỌC 2024-2025 — LỚP 10A1").contains("NĂM HỌC 2025-2026 — LỚP 11A1")
                .contains("NĂM HỌC 2026-2027 — LỚP 12A1").contains("Trang 1/" + r.pageCount());
        for (int page = 0; page < r.pageCount(); page++) {
            assertThat(VerificationCode.parse(PdfChecks.decodeQr(PdfChecks.page(r.pdf(), page, 200))))
                    .isEqualTo(r.verificationCode());
        }
        PdfChecks.save(PdfChecks.page(r.pdf(), r.pageCount() - 1, 110), "transcript-3-years-last-page.png");
    }

    @Test
    void aCorrectionSaysWhichTranscriptItReplaces() {
        Transcript original = demo(VIET, Gender.MALE);
        Transcript correction = TranscriptModels.withFirstTermOneScore(original, "8.0")
                .withDocument(new DocumentInfo(java.util.UUID.fromString("0197a6c4-0000-7000-8000-000000000002"),
                        original.document().issuedAt().plusSeconds(86_400), original.document().id()));

        String text = PdfChecks.text(TranscriptRenderer.render(correction, RenderMode.ISSUED).pdf());

        assertThat(text).contains("thay thế học bạ điện tử có mã " + original.document().id());
    }

    @Test
    void aPhotoIsDrawnInItsBoxAndTheFileStaysPdfA() throws Exception {
        Transcript t = demo(VIET, Gender.MALE);
        BufferedImage portrait = new BufferedImage(90, 120, BufferedImage.TYPE_INT_RGB);
        var g = portrait.createGraphics();
        g.setColor(new java.awt.Color(70, 110, 160));
        g.fillRect(0, 0, 90, 120);
        g.setColor(new java.awt.Color(235, 200, 170));
        g.fillOval(25, 20, 40, 50);
        g.dispose();
        var jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(portrait, "jpg", jpeg);
        Transcript withPhoto = new Transcript(t.document(), t.level(), t.school(),
                t.student().withPhoto(new Photo(jpeg.toByteArray())), t.courseOfStudy(), t.secondaryYears(),
                t.primaryYears());

        byte[] pdf = TranscriptRenderer.render(withPhoto, RenderMode.ISSUED).pdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getResources().getXObjectNames())
                    .anySatisfy(n -> assertThat(document.getPage(0).getResources().isImageXObject(n)).isTrue());
        }
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
        assertThat(withPhoto.contentHash()).isNotEqualTo(t.contentHash());
        assertThatThrownBy(() -> new Photo(new byte[] {1, 2, 3, 4}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JPEG");
    }

    @Test
    void aPrimaryTranscriptShowsLevelsQualitiesAndCompletion() {
        Transcript t = PrimaryExample.grade5();

        RenderedTranscript r = TranscriptRenderer.render(t, RenderMode.DRAFT);

        String text = PdfChecks.text(r.pdf());
        assertThat(text).contains("TIỂU HỌC").contains("Phẩm chất chủ yếu").contains("Năng lực cốt lõi")
                .contains("Hoàn thành chương trình tiểu học").contains("Hoàn thành tốt");
        assertThat(PdfAValidation.failures(r.pdf())).isEmpty();
        PdfChecks.save(PdfChecks.page(r.pdf(), 0, 110), "transcript-primary-page1.png");
    }

    @Test
    void renderingIsFastEnoughForBatchesOnTheServer() {
        Transcript t = demo(VIET, Gender.MALE);
        for (int i = 0; i < 10; i++) {
            TranscriptRenderer.render(t, RenderMode.ISSUED); // warm up
        }
        int n = 40;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            TranscriptRenderer.render(t, RenderMode.ISSUED);
        }
        double ms = (System.nanoTime() - start) / 1e6 / n;
        System.out.printf("render one-page transcript: %.1f ms%n", ms);
        assertThat(ms).isLessThan(500); // a sanity bound only; the signing benchmark measures for real
    }

    @Test
    void threadsRenderingAtOnceGetTheSameBytesAsOneThread() throws Exception {
        Transcript t = demo(NHUNG, Gender.FEMALE);
        byte[] expected = TranscriptRenderer.render(t, RenderMode.ISSUED).pdf();

        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var results = pool.invokeAll(java.util.Collections.nCopies(8,
                    () -> TranscriptRenderer.render(t, RenderMode.ISSUED).pdf()));
            for (var result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
    }
}
