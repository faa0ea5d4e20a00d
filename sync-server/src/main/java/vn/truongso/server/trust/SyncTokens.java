package vn.truongso.server.trust;

import java.security.SecureRandom;
import java.util.Base64;

/** Sync tokens (docs/sync-protocol.md §7): 256 random bits, base64url; the server keeps only their hashes. */
final class SyncTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SyncTokens() {}

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Hashes.sha256Hex("sync-token:" + token);
    }
}
