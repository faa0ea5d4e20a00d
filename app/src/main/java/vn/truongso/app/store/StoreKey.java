package vn.truongso.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The random key that encrypts the local store (H2's AES file encryption). It lives in its own file, readable
 * only by the owner where the file system allows it, beside the database in the data folder. It protects a
 * copied database file (a stray backup, a file carried off on a USB stick), not a person logged in as the same
 * OS account; see README "Data at rest". Losing the key loses the local data, which the sync server also holds.
 */
final class StoreKey {
    static final String FILE_NAME = "store.key";
    private static final int KEY_BYTES = 32;

    private StoreKey() {}

    /** Reads the key, creating it the first time. */
    static String loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!key.matches("[0-9a-f]{64}")) {
                throw new StoreOpenException(StoreOpenException.Reason.DAMAGED_KEY,
                        "The store key file " + file + " is damaged; restore it from backup.", null);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the store key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temp = Files.createTempFile(file.getParent(), "store", ".key.tmp");
        restrictToOwner(temp);
        Files.writeString(temp, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII, StandardOpenOption.SYNC);
        try {
            // Atomic create: two app instances starting at once must not end with two different keys.
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException someoneElseWon) {
            // The other instance's key is the one the database will be created with.
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            if (!Files.exists(file)) {
                Files.move(temp, file);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException windows) {
            // NTFS: %LOCALAPPDATA% is already private to the user by its default ACL.
        }
    }
}
