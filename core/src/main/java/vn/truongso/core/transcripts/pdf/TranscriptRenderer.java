package vn.truongso.core.transcripts.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import vn.truongso.core.transcripts.PrimaryYear;
import vn.truongso.core.transcripts.SecondaryYear;
import vn.truongso.core.transcripts.Transcript;
import vn.truongso.core.transcripts.VerificationCode;

/**
 * The one transcript renderer (DESIGN §5): the app draws its unsigned drafts with it and the server the documents
 * it signs, so both print the same page. A4, PDF/A-2b, Liberation Serif embedded as subsets, every string NFC (the
 * model normalises), a QR code with {@link VerificationCode} on every page, and on the last page two reserved
 * signature areas whose rectangles the result reports.
 *
 * <p>Deterministic: the same transcript (whose issue time is the only date in the file) and mode give the same
 * bytes — the trailer /ID comes from the document id and content hash, the font subset tags from the glyphs used.
 * Pure and thread-safe: no files, no clock; each call builds its own document.
 */
public final class TranscriptRenderer {
    private TranscriptRenderer() {}

    public static RenderedTranscript render(Transcript transcript, RenderMode mode) {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(mode, "mode");
        try {
            return renderOrThrow(transcript, mode);
        } catch (IOException e) {
            // Everything is in memory: an IOException here is a bug or a broken resource, not a user's mistake.
            throw new UncheckedIOException("cannot render transcript " + transcript.document().id(), e);
        }
    }

    private static RenderedTranscript renderOrThrow(Transcript t, RenderMode mode) throws IOException {
        VerificationCode code = VerificationCode.of(t);
        try (PDDocument document = new PDDocument()) {
            float qrSide = QrCodes.side(code.text(), Footer.MODULE);
            PDFormXObject qr = QrCodes.form(document, code.text(), Footer.MODULE);
            Canvas canvas = new Canvas(document, Fonts.load(document), Footer.height(qrSide) + 6f,
                    (c, page) -> decorate(c, page, t, mode));
            canvas.newPage();
            HeaderSection.draw(canvas, t);
            IdentitySection.draw(canvas, t);
            CourseSection.draw(canvas, t);
            for (SecondaryYear year : t.secondaryYears()) {
                SecondaryYearSection.draw(canvas, year);
            }
            for (PrimaryYear year : t.primaryYears()) {
                PrimaryYearSection.draw(canvas, year);
            }
            LocalDate issuedOn = t.document().issuedAt().atZone(PdfA.VIETNAM).toLocalDate();
            List<SignatureArea> areas = SignatureSection.draw(canvas, t, issuedOn, principal(t), mode);
            new Footer(canvas, code, mode, qr, qrSide).drawAll();
            canvas.closeAll();
            PdfA.apply(document, Labels.get("meta.title", t.student().fullName(), t.school().name()),
                    t.school().name(), t.document().issuedAt(), code);
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            document.save(out);
            return new RenderedTranscript(out.toByteArray(), mode, code, canvas.pageCount(), areas);
        }
    }

    /** The principal who approved the latest year, printed under the principal's signature. */
    private static String principal(Transcript t) {
        String name = null;
        for (SecondaryYear y : t.secondaryYears()) {
            name = y.approval().principal() != null ? y.approval().principal() : name;
        }
        for (PrimaryYear y : t.primaryYears()) {
            name = y.approval().principal() != null ? y.approval().principal() : name;
        }
        return name;
    }

    /** Under each page's content: the draft watermark; above it from page 2 on, whose transcript this is. */
    private static void decorate(Canvas c, int page, Transcript t, RenderMode mode) throws IOException {
        if (mode == RenderMode.DRAFT) {
            // Light grey, not transparent: PDF/A-2b then needs no blending colour space, and text stays readable.
            c.grey(0.86f);
            c.rotatedText(Labels.get("draft.watermark"), Canvas.A4.getWidth() / 2, Canvas.A4.getHeight() / 2, 52,
                    Style.BOLD, 96f);
            c.black();
        }
        if (page > 0) {
            c.text(Labels.get("running", t.student().fullName(), Labels.date(t.student().dateOfBirth())),
                    Canvas.LEFT, c.y() - 8f, Style.REGULAR, 8.5f, Align.LEFT);
            c.text(Labels.get("title") + " " + Labels.of("level", t.level()), Canvas.RIGHT, c.y() - 8f,
                    Style.REGULAR, 8.5f, Align.RIGHT);
            c.line(Canvas.LEFT, c.y() - 11f, Canvas.RIGHT, c.y() - 11f, 0.4f);
            c.down(20f);
        }
    }
}
