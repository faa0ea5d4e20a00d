package vn.truongso.core.transcripts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * The digital layer of a transcript (DESIGN §5): the document's id, when it was issued, and for a correction the id
 * of the transcript it replaces. An issued transcript never changes; a correction is a new document.
 *
 * @param issuedAt whole seconds (the PDF's dates have no finer unit, and the canonical form must not either)
 * @param replaces {@code null} for an original
 */
public record DocumentInfo(UUID id, Instant issuedAt, UUID replaces) {
    public DocumentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issuedAt, "issuedAt");
        issuedAt = issuedAt.truncatedTo(ChronoUnit.SECONDS);
        if (id.equals(replaces)) {
            throw new IllegalArgumentException("a transcript cannot replace itself: " + id);
        }
    }
}
