package vn.truongso.core.transcripts;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the QR code on a printed transcript carries for an offline check: {@code HB1:<document id>:<content hash>},
 * the id in lower-case UUID form and the hash in unpadded base64url, 84 characters in all (a version 5 QR code
 * at error correction M). A checker reads it, finds the electronic document by its id (or holds it already) and
 * compares the hash with the one it computes from that document's content.
 */
public record VerificationCode(UUID documentId, ContentHash contentHash) {
    public static final String PREFIX = "HB1";
    private static final Pattern FORMAT = Pattern.compile(
            "HB1:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):([A-Za-z0-9_-]{43})");

    public VerificationCode {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    public static VerificationCode of(Transcript transcript) {
        return new VerificationCode(transcript.document().id(), transcript.contentHash());
    }

    /** IllegalArgumentException when the text is not a transcript's verification code. */
    public static VerificationCode parse(String text) {
        Matcher m = FORMAT.matcher(Objects.requireNonNull(text, "text").strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a transcript verification code (HB1:<uuid>:<hash>): " + text);
        }
        return new VerificationCode(UUID.fromString(m.group(1)), ContentHash.parse(m.group(2)));
    }

    public String text() {
        return PREFIX + ":" + documentId + ":" + contentHash.base64Url();
    }

    /** Whether this code names exactly this transcript. */
    public boolean matches(Transcript transcript) {
        return documentId.equals(transcript.document().id()) && contentHash.equals(transcript.contentHash());
    }
}
