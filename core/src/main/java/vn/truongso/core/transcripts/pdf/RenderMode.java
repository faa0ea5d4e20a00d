package vn.truongso.core.transcripts.pdf;

/** What the PDF is for. The layout is the same; only the markings differ. */
public enum RenderMode {
    /** The app's unsigned preview: "BẢN NHÁP" across every page and in the footer, dashed empty signature boxes. */
    DRAFT,
    /** The server's document to be signed: no draft marking, signature areas left blank for the signer. */
    ISSUED
}
