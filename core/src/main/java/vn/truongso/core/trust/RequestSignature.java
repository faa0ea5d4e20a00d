package vn.truongso.core.trust;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.HexFormat;

/**
 * The signature every enrolled PC puts on a sync request (docs/sync-protocol.md §7), shared by the app, which
 * signs, and the server, which verifies. ECDSA with SHA-256 over the canonical string
 * <pre>protocol \n METHOD \n path?query \n time \n token \n hex(SHA-256(body))</pre>
 * The body is the request body as the handler reads it, after any Content-Encoding is undone, so a proxy that
 * re-compresses a request does not break its signature. The signature travels as base64 of its DER encoding.
 *
 * @param protocol  the TS-Protocol header's value
 * @param method    the HTTP method, upper case
 * @param target    the path and, when there is one, {@code ?} and the query string, exactly as sent
 * @param timeMillis the TS-Time header's value
 * @param token     the TS-Token header's value
 * @param bodySha256Hex hex (lower case) of the SHA-256 of the body; of zero bytes when there is none
 */
public record RequestSignature(int protocol, String method, String target, long timeMillis, String token,
                               String bodySha256Hex) {
    public static final String ALGORITHM = "SHA256withECDSA";

    public RequestSignature {
        requireNoNewline(method, "method");
        requireNoNewline(target, "target");
        requireNoNewline(token, "token");
        requireNoNewline(bodySha256Hex, "body hash");
    }

    /** The values of one request, with its body hashed here. */
    public static RequestSignature of(int protocol, String method, String target, long timeMillis, String token,
                                      byte[] body) {
        return new RequestSignature(protocol, method, target, timeMillis, token, sha256Hex(body));
    }

    /** The target as the protocol signs it: the path, then {@code ?query} when the query is not empty. */
    public static String target(String path, String query) {
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /** The exact bytes that are signed. */
    public byte[] canonicalBytes() {
        String canonical = protocol + "\n" + method + "\n" + target + "\n" + timeMillis + "\n" + token + "\n"
                + bodySha256Hex;
        return canonical.getBytes(StandardCharsets.UTF_8);
    }

    /** DER-encoded ECDSA signature of {@link #canonicalBytes()}. */
    public byte[] sign(PrivateKey key) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(canonicalBytes());
            return signature.sign();
        } catch (InvalidKeyException | SignatureException e) {
            throw new IllegalArgumentException("this key cannot make an ECDSA signature", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has " + ALGORITHM, e);
        }
    }

    /** Whether {@code signatureDer} is this request's signature by the holder of {@code key}'s private half. */
    public boolean verify(PublicKey key, byte[] signatureDer) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(canonicalBytes());
            return signature.verify(signatureDer);
        } catch (SignatureException | InvalidKeyException e) {
            return false; // a malformed signature or a key of another kind is simply not a valid signature
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + ALGORITHM, e);
        }
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void requireNoNewline(String value, String what) {
        if (value == null || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + " must be present and on one line");
        }
    }
}
