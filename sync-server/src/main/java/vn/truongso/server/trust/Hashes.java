package vn.truongso.server.trust;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import vn.truongso.core.trust.RequestSignature;

/** SHA-256 in hex, the form in which enrolment codes and sync tokens are stored. */
final class Hashes {
    private Hashes() {}

    static String sha256Hex(String text) {
        return RequestSignature.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Compares two hashes in time that does not depend on where they differ. */
    static boolean sameHash(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
