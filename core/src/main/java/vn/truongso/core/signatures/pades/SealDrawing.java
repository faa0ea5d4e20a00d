package vn.truongso.core.signatures.pades;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * A simple red round seal, drawn as vectors: two rings, the school's name around the top, a star in the middle.
 * It stands for the school's stamp beside the seal signature; vectors keep it sharp and a few hundred bytes.
 */
final class SealDrawing {
    static final float RED = 0.80f;
    static final float GREEN = 0.08f;
    static final float BLUE = 0.10f;
    /** The arc the name runs along, in degrees, centred on the top. */
    private static final double TEXT_ARC = 250;

    private SealDrawing() {}

    /** What the ring says: the school's name in capitals. */
    static String text(String schoolName) {
        return Normalizer.normalize(schoolName.toUpperCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    static void draw(PDPageContentStream content, PDFont font, String ringText, float centreX, float centreY,
                     float radius) throws IOException {
        content.saveGraphicsState();
        content.setStrokingColor(RED, GREEN, BLUE);
        content.setNonStrokingColor(RED, GREEN, BLUE);
        content.setLineWidth(radius * 0.06f);
        circle(content, centreX, centreY, radius * 0.96f);
        content.stroke();
        content.setLineWidth(radius * 0.025f);
        circle(content, centreX, centreY, radius * 0.62f);
        content.stroke();
        star(content, centreX, centreY, radius * 0.42f);
        content.fill();
        nameAround(content, font, ringText, centreX, centreY, radius * 0.70f, radius * 0.2f);
        content.restoreGraphicsState();
    }

    /** The name along the ring, each glyph turned to the tangent, read left to right over the top. */
    private static void nameAround(PDPageContentStream content, PDFont font, String name, float cx, float cy,
                                   float baseline, float maxSize) throws IOException {
        String text = name;
        double arc = Math.toRadians(TEXT_ARC) * baseline;
        float width = font.getStringWidth(text) / 1000f;
        float size = (float) Math.min(maxSize, arc / Math.max(width, 1e-3));
        double angle = Math.PI / 2 + (width * size / baseline) / 2;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String glyph = new String(Character.toChars(codePoint));
            i += glyph.length();
            float glyphWidth = font.getStringWidth(glyph) / 1000f * size;
            double middle = angle - glyphWidth / 2 / baseline;
            float x = (float) (cx + baseline * Math.cos(middle));
            float y = (float) (cy + baseline * Math.sin(middle));
            Matrix matrix = Matrix.getRotateInstance(middle - Math.PI / 2, x, y);
            matrix.translate(-glyphWidth / 2, 0);
            content.beginText();
            content.setFont(font, size);
            content.setTextMatrix(matrix);
            content.showText(glyph);
            content.endText();
            angle -= glyphWidth / baseline;
        }
    }

    private static void star(PDPageContentStream content, float cx, float cy, float radius) throws IOException {
        for (int point = 0; point < 10; point++) {
            double angle = Math.PI / 2 + point * Math.PI / 5;
            float r = point % 2 == 0 ? radius : radius * 0.38f;
            float x = (float) (cx + r * Math.cos(angle));
            float y = (float) (cy + r * Math.sin(angle));
            if (point == 0) {
                content.moveTo(x, y);
            } else {
                content.lineTo(x, y);
            }
        }
        content.closePath();
    }

    /** A circle from four Bézier arcs (the usual 0.5523 control-point factor). */
    private static void circle(PDPageContentStream content, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        content.closePath();
    }
}
