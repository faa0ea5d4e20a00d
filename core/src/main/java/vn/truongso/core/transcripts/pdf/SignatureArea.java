package vn.truongso.core.transcripts.pdf;

import java.util.Objects;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where the signer places a visible signature: a rectangle on a page, in PDF user space (points, origin at the
 * page's lower left corner), kept free of other content by the renderer.
 *
 * @param pageIndex zero-based
 */
public record SignatureArea(SignatureSlot slot, int pageIndex, float x, float y, float width, float height) {
    public SignatureArea {
        Objects.requireNonNull(slot, "slot");
        if (pageIndex < 0 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("bad signature area: page " + pageIndex + ", " + width + "×" + height);
        }
    }

    /** The same rectangle as PDFBox takes it for a widget annotation. */
    public PDRectangle rectangle() {
        return new PDRectangle(x, y, width, height);
    }
}
