package vn.truongso.core.signatures.pades;

import java.time.Instant;
import java.util.Optional;

/**
 * What a signature says besides its key: when (the PDF's /M, since PAdES forbids a CMS signing-time), why and
 * where, and the visible block if there is one.
 */
public record SignatureRequest(Instant signingTime, String reason, String location,
                               Optional<VisibleSignature> visible) {
    public static SignatureRequest invisible(Instant signingTime, String reason, String location) {
        return new SignatureRequest(signingTime, reason, location, Optional.empty());
    }

    public SignatureRequest withVisible(VisibleSignature block) {
        return new SignatureRequest(signingTime, reason, location, Optional.of(block));
    }
}
