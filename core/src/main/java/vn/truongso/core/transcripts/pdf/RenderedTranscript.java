package vn.truongso.core.transcripts.pdf;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import vn.truongso.core.transcripts.ContentHash;
import vn.truongso.core.transcripts.VerificationCode;

/**
 * A rendered transcript: the PDF (PDF/A-2b, unsigned), what its QR code says, and where the signatures go.
 *
 * @param signatureAreas on the last page, principal first, then the school seal
 */
public record RenderedTranscript(byte[] pdf, RenderMode mode, VerificationCode verificationCode, int pageCount,
                                 List<SignatureArea> signatureAreas) {
    public RenderedTranscript {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(verificationCode, "verificationCode");
        signatureAreas = List.copyOf(signatureAreas);
        pdf = pdf.clone();
    }

    /** A copy: the array is the document, and nobody may change it behind the record's back. */
    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    public int size() {
        return pdf.length;
    }

    public UUID documentId() {
        return verificationCode.documentId();
    }

    public ContentHash contentHash() {
        return verificationCode.contentHash();
    }

    public SignatureArea signatureArea(SignatureSlot slot) {
        return signatureAreas.stream().filter(a -> a.slot() == slot).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no signature area for " + slot));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedTranscript r && Arrays.equals(pdf, r.pdf) && mode == r.mode
                && verificationCode.equals(r.verificationCode) && pageCount == r.pageCount
                && signatureAreas.equals(r.signatureAreas);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(pdf);
    }

    @Override
    public String toString() {
        return "RenderedTranscript[" + verificationCode.text() + ", " + mode + ", " + pageCount + " pages, "
                + pdf.length + " bytes]";
    }
}
