package vn.truongso.core.transcripts.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * The QR code as vector rectangles in one form XObject that every page draws: sharp at any print resolution, and
 * stored once however many pages the transcript has.
 */
final class QrCodes {
    /** Modules of white around the code, as the QR specification asks. */
    static final int QUIET_ZONE = 4;

    private QrCodes() {}

    /** A square form of side {@code (modules + 2·quiet zone) · moduleSize}, the code black on the page's white. */
    static PDFormXObject form(PDDocument document, String text, float moduleSize) throws IOException {
        ByteMatrix matrix = encode(text);
        int side = matrix.getWidth() + 2 * QUIET_ZONE;
        // Drawn in module units (whole numbers) and scaled once: short operators, compressed like the pages.
        StringBuilder ops = new StringBuilder(4096).append("q ").append(moduleSize).append(" 0 0 ")
                .append(moduleSize).append(" 0 0 cm 0 0 0 rg\n");
        for (int row = 0; row < matrix.getHeight(); row++) {
            int y = side - QUIET_ZONE - row - 1;
            int col = 0;
            while (col < matrix.getWidth()) {
                if (matrix.get(col, row) != 1) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row) == 1) {
                    col++;
                }
                // One rectangle per horizontal run: a third of the operators of one per module.
                ops.append(QUIET_ZONE + start).append(' ').append(y).append(' ').append(col - start).append(" 1 re\n");
            }
        }
        ops.append("f Q\n");
        PDStream stream = new PDStream(document,
                new ByteArrayInputStream(ops.toString().getBytes(StandardCharsets.US_ASCII)), COSName.FLATE_DECODE);
        PDFormXObject form = new PDFormXObject(stream);
        form.setBBox(new PDRectangle(side * moduleSize, side * moduleSize));
        return form;
    }

    static float side(String text, float moduleSize) {
        return (encode(text).getWidth() + 2 * QUIET_ZONE) * moduleSize;
    }

    private static ByteMatrix encode(String text) {
        try {
            // Level M survives a crease or a stain over 15 % of the code; the 84-character payload fits version 5.
            // The payload is ASCII: no character-set hint, so no ECI header costs capacity.
            QRCode code = Encoder.encode(text, ErrorCorrectionLevel.M);
            return code.getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + text, e);
        }
    }
}
