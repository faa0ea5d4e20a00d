package vn.truongso.core.ids;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Row ids made offline (DESIGN §3.1). New rows get a time-ordered UUIDv7; rows with a natural key get an id
 * derived from it (UUIDv8 over SHA-256), so two PCs creating "the same" row create one row. The school is never
 * part of an id: a student who transfers keeps hers.
 */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    /** A UUIDv7 for the given wall-clock millisecond (RFC 9562 §5.7). */
    public static UUID newId(long epochMillis) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        ByteBuffer.wrap(bytes).putShort(0, (short) (epochMillis >>> 32)).putInt(2, (int) epochMillis);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x70);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        return toUuid(bytes);
    }

    public static UUID newId() {
        return newId(System.currentTimeMillis());
    }

    /**
     * The id of the row of {@code entity} whose natural key is {@code keyParts}, the same on every PC and server.
     * Parts are joined with a separator that cannot occur in UUIDs, enum names or numbers.
     */
    public static UUID derived(String entity, Object... keyParts) {
        String key = entity + "\u001f" + Arrays.stream(keyParts).map(String::valueOf)
                .collect(Collectors.joining("\u001f"));
        byte[] hash = sha256(key.getBytes(StandardCharsets.UTF_8));
        byte[] bytes = Arrays.copyOf(hash, 16);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x80);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        return toUuid(bytes);
    }

    private static UUID toUuid(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
