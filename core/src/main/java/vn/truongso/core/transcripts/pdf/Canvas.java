package vn.truongso.core.transcripts.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * A4 pages filled from top to bottom: a cursor {@link #y()} moves down as blocks are drawn, and a block that does
 * not fit above the footer starts a new page. All drawing is in DeviceRGB black (PDF/A: one colour space family,
 * matching the sRGB output intent) and opaque (no transparency groups to declare).
 */
final class Canvas {
    static final PDRectangle A4 = PDRectangle.A4;
    /** Margins as Vietnamese administrative documents set them: wider on the binding side (Decree 30/2020). */
    static final float LEFT = 56.7f;
    static final float RIGHT = A4.getWidth() - 36f;
    static final float TOP = A4.getHeight() - 36f;
    static final float BOTTOM = 30f;
    static final float WIDTH = RIGHT - LEFT;

    private final PDDocument document;
    private final Map<Style, PDType0Font> fonts;
    private final float contentBottom;
    private final PageDecoration decoration;
    private final List<PDPageContentStream> streams = new ArrayList<>();
    private PDPageContentStream out;
    private float y;

    /** What every page gets before its content: the draft watermark, the running header. */
    interface PageDecoration {
        void decorate(Canvas canvas, int pageIndex) throws IOException;
    }

    Canvas(PDDocument document, Map<Style, PDType0Font> fonts, float footerHeight, PageDecoration decoration) {
        this.document = document;
        this.fonts = fonts;
        this.contentBottom = BOTTOM + footerHeight;
        this.decoration = decoration;
    }

    PDDocument document() {
        return document;
    }

    float y() {
        return y;
    }

    void down(float dy) {
        y -= dy;
    }

    int pageIndex() {
        return streams.size() - 1;
    }

    int pageCount() {
        return streams.size();
    }

    PDPageContentStream stream(int pageIndex) {
        return streams.get(pageIndex);
    }

    /** Starts a page; content continues at its top. */
    void newPage() throws IOException {
        PDPage page = new PDPage(A4);
        document.addPage(page);
        // Left open until the footers are drawn: the footer needs the page count, known only at the end.
        out = new PDPageContentStream(document, page);
        streams.add(out);
        out.setStrokingColor(0f, 0f, 0f);
        out.setNonStrokingColor(0f, 0f, 0f);
        y = TOP;
        decoration.decorate(this, pageIndex());
    }

    /** Moves to a new page unless {@code height} still fits above the footer. */
    void ensure(float height) throws IOException {
        if (out == null || y - height < contentBottom) {
            newPage();
        }
    }

    float spaceLeft() {
        return y - contentBottom;
    }

    void closeAll() throws IOException {
        for (PDPageContentStream stream : streams) {
            stream.close();
        }
    }

    // ---- text ----

    PDType0Font font(Style style) {
        return fonts.get(style);
    }

    float width(String text, Style style, float size) throws IOException {
        return fonts.get(style).getStringWidth(text) / 1000f * size;
    }

    void text(String text, float x, float baseline, Style style, float size, Align align) throws IOException {
        text(out, text, x, baseline, style, size, align);
    }

    void text(PDPageContentStream stream, String text, float x, float baseline, Style style, float size, Align align)
            throws IOException {
        if (text == null || text.isEmpty()) {
            return;
        }
        float w = width(text, style, size);
        float left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - w / 2;
            case RIGHT -> x - w;
        };
        stream.beginText();
        stream.setFont(fonts.get(style), size);
        stream.newLineAtOffset(left, baseline);
        stream.showText(text);
        stream.endText();
    }

    /** Text rotated about its centre (the draft watermark). */
    void rotatedText(String text, float centreX, float centreY, double degrees, Style style, float size)
            throws IOException {
        float w = width(text, style, size);
        out.beginText();
        out.setFont(fonts.get(style), size);
        Matrix m = Matrix.getRotateInstance(Math.toRadians(degrees), centreX, centreY);
        m.translate(-w / 2, -size * 0.35f);
        out.setTextMatrix(m);
        out.showText(text);
        out.endText();
    }

    /**
     * Greedy word wrap at {@code width}; explicit line breaks are kept. A word longer than the width (a UUID, a long
     * hash) is cut by characters rather than overflowing the cell.
     */
    List<String> wrap(String text, Style style, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            lines.add("");
            return lines;
        }
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, style, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                line.setLength(0);
                line.append(cutLongWord(word, style, size, width, lines));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String cutLongWord(String word, Style style, float size, float width, List<String> lines)
            throws IOException {
        String rest = word;
        while (width(rest, style, size) > width && rest.length() > 1) {
            int n = rest.length() - 1;
            while (n > 1 && width(rest.substring(0, n), style, size) > width) {
                n--;
            }
            lines.add(rest.substring(0, n));
            rest = rest.substring(n);
        }
        return rest;
    }

    // ---- lines and boxes ----

    void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        out.setLineWidth(lineWidth);
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }

    void box(float x, float y, float w, float h, float lineWidth) throws IOException {
        out.setLineWidth(lineWidth);
        out.addRect(x, y, w, h);
        out.stroke();
    }

    void dashedBox(float x, float y, float w, float h) throws IOException {
        out.setLineDashPattern(new float[] {3, 2}, 0);
        box(x, y, w, h, 0.5f);
        out.setLineDashPattern(new float[] {}, 0);
    }

    void grey(float level) throws IOException {
        out.setNonStrokingColor(level, level, level);
    }

    void red() throws IOException {
        out.setNonStrokingColor(0.75f, 0f, 0f);
    }

    void black() throws IOException {
        out.setNonStrokingColor(0f, 0f, 0f);
    }

    PDPageContentStream out() {
        return out;
    }
}
