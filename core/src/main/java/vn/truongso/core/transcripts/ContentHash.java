package vn.truongso.core.transcripts;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * SHA-256 over a transcript's {@link CanonicalForm}: names exactly one content, document id, issue time and
 * predecessor included, so a QR code carrying it binds the printed paper to one electronic document.
 */
public final class ContentHash {
    public static final int LENGTH = 32;

    private final byte[] bytes;

    private ContentHash(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a SHA-256 hash has 32 bytes, not " + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    public static ContentHash of(Transcript transcript) {
        return new ContentHash(CanonicalForm.sha256(CanonicalForm.of(Objects.requireNonNull(transcript, "transcript"))));
    }

    public static ContentHash ofBytes(byte[] sha256) {
        return new ContentHash(Objects.requireNonNull(sha256, "sha256"));
    }

    /** From its unpadded base64url text (as in the QR code); IllegalArgumentException if malformed. */
    public static ContentHash parse(String base64Url) {
        Objects.requireNonNull(base64Url, "base64Url");
        if (!base64Url.matches("[A-Za-z0-9_-]{43}")) {
            throw new IllegalArgumentException("not an unpadded base64url SHA-256: " + base64Url);
        }
        return new ContentHash(Base64.getUrlDecoder().decode(base64Url));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** 43 characters, unpadded base64url: the form in the QR code and on the printed page. */
    public String base64Url() {
        return CanonicalForm.base64Url(bytes);
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContentHash h && Arrays.equals(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return base64Url();
    }
}
