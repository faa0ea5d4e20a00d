package vn.truongso.core.signatures.pades;

/**
 * Where a visible signature goes: a page and a rectangle on it, in PDF points from the page's lower-left corner
 * (the transcript renderer gives these for its signature blocks on the last page).
 *
 * @param page the page's index from 0; negative counts from the end (-1 is the last page)
 */
public record SignatureBox(int page, float x, float y, float width, float height) {
    public SignatureBox {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a signature box needs a width and a height");
        }
    }

    public static SignatureBox onLastPage(float x, float y, float width, float height) {
        return new SignatureBox(-1, x, y, width, height);
    }

    int pageIndex(int pageCount) {
        int index = page < 0 ? pageCount + page : page;
        if (index < 0 || index >= pageCount) {
            throw new IllegalArgumentException("the document has " + pageCount + " pages; no page " + page);
        }
        return index;
    }
}
