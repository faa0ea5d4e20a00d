package vn.truongso.core.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The one order of a field's heads: the provisional winner first. It is the head with the greatest SHA-256 of
 * its change id, a rule that needs no clock (a wrong PC clock must not pick a value) and gives every replica
 * the same winner whatever order the edits arrived in.
 */
final class Heads {
    private static final Comparator<Head> WINNER_FIRST =
            Comparator.comparing((Head head) -> rank(head), Arrays::compareUnsigned).reversed();

    private Heads() {}

    static List<Head> ordered(List<Head> heads) {
        return heads.stream().sorted(WINNER_FIRST).toList();
    }

    private static byte[] rank(Head head) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(head.version().toString().getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
