package vn.truongso.core.transcripts.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

import vn.truongso.core.transcripts.VerificationCode;

/**
 * The foot of every page: the QR code, the statement that the paper is a print of an electronic document and how
 * to check it (Law 20/2023 on Electronic Transactions, Art. 12), the document id and content hash in clear, and the
 * page number. Drawn last, when the page count is known.
 */
final class Footer {
    static final float MODULE = 1.3f;
    private static final float SIZE = 7.5f;
    private static final float LEADING = 9.2f;

    private final Canvas canvas;
    private final VerificationCode code;
    private final RenderMode mode;
    private final PDFormXObject qr;
    private final float qrSide;

    Footer(Canvas canvas, VerificationCode code, RenderMode mode, PDFormXObject qr, float qrSide) {
        this.canvas = canvas;
        this.code = code;
        this.mode = mode;
        this.qr = qr;
        this.qrSide = qrSide;
    }

    static float height(float qrSide) {
        return qrSide + 4f;
    }

    void drawAll() throws IOException {
        for (int page = 0; page < canvas.pageCount(); page++) {
            draw(canvas.stream(page), page);
        }
    }

    private void draw(PDPageContentStream out, int page) throws IOException {
        float top = Canvas.BOTTOM + qrSide;
        out.setLineWidth(0.4f);
        out.moveTo(Canvas.LEFT, top + 2f);
        out.lineTo(Canvas.RIGHT, top + 2f);
        out.stroke();
        out.saveGraphicsState();
        // The quiet zone is inside the form, so the code's modules start a little right of the margin.
        out.transform(Matrix.getTranslateInstance(
                Canvas.LEFT - QrCodes.QUIET_ZONE * MODULE, Canvas.BOTTOM));
        out.drawForm(qr);
        out.restoreGraphicsState();

        float x = Canvas.LEFT + qrSide - QrCodes.QUIET_ZONE * MODULE + 4f;
        float width = Canvas.RIGHT - x - 50f;
        float baseline = top - SIZE - 2f;
        for (Line line : lines()) {
            for (String part : canvas.wrap(line.text(), line.style(), SIZE, width)) {
                if (line.red()) {
                    out.setNonStrokingColor(0.75f, 0f, 0f);
                }
                canvas.text(out, part, x, baseline, line.style(), SIZE, Align.LEFT);
                out.setNonStrokingColor(0f, 0f, 0f);
                baseline -= LEADING;
            }
        }
        canvas.text(out, Labels.get("footer.page", page + 1, canvas.pageCount()), Canvas.RIGHT, Canvas.BOTTOM + 2f,
                Style.REGULAR, 8.5f, Align.RIGHT);
    }

    private record Line(String text, Style style, boolean red) {}

    private List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Labels.get("footer.electronic"), Style.BOLD, false));
        lines.add(new Line(Labels.get("footer.check"), Style.REGULAR, false));
        lines.add(new Line(Labels.get("footer.id", code.documentId()), Style.REGULAR, false));
        lines.add(new Line(Labels.get("footer.hash", code.contentHash().base64Url()), Style.REGULAR, false));
        if (mode == RenderMode.DRAFT) {
            lines.add(new Line(Labels.get("footer.draft"), Style.BOLD, true));
        }
        return lines;
    }
}
