package vn.truongso.server.trust;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.truongso.server.config.ConfigException;
import vn.truongso.server.config.ServerConfig;

/**
 * The key that encrypts the school CAs' private keys in the database (AES-256-GCM), so that a copy of the database
 * alone (a dump, a backup) cannot issue device certificates. It lives outside the database: in a key file beside
 * the data (created on first start, mode 0600) or given by the configuration. Every server instance on one
 * database needs the same key; losing it means re-creating the schools' CAs and re-enrolling their PCs.
 */
public final class MasterKey {
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final byte FORMAT_VERSION = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private MasterKey(byte[] keyBytes) {
        if (keyBytes.length != KEY_BYTES) {
            throw new ConfigException("the master key must be " + KEY_BYTES + " bytes, not " + keyBytes.length);
        }
        this.key = new SecretKeySpec(keyBytes, "AES");
    }

    /** The configured key, or the key file's, creating the file (0600) with a new random key when there is none. */
    public static MasterKey load(ServerConfig config) {
        if (config.masterKey().isPresent()) {
            return new MasterKey(decode(config.masterKey().get(), "the configured " + ServerConfig.Keys.MASTER_KEY));
        }
        Path file = config.masterKeyFile();
        try {
            if (!Files.exists(file)) {
                createKeyFile(file);
            }
            return new MasterKey(decode(Files.readString(file, StandardCharsets.US_ASCII), "key file " + file));
        } catch (IOException e) {
            throw new ConfigException("cannot read or create the master key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A key for tests and tools that keep nothing on disk. */
    public static MasterKey random() {
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        return new MasterKey(bytes);
    }

    /** Encrypts {@code plaintext}, bound to {@code context} (e.g. the school's id): a sealed value moved to
     *  another row does not open. */
    public byte[] seal(byte[] plaintext, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            byte[] ciphertext = cipher(Cipher.ENCRYPT_MODE, nonce, context).doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + ciphertext.length).put(FORMAT_VERSION).put(nonce)
                    .put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public byte[] open(byte[] sealed, String context) {
        if (sealed.length < 1 + NONCE_BYTES + 16 || sealed[0] != FORMAT_VERSION) {
            throw new IllegalStateException("not a value sealed by a master key");
        }
        byte[] nonce = Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES);
        try {
            return cipher(Cipher.DECRYPT_MODE, nonce, context).doFinal(sealed, 1 + NONCE_BYTES,
                    sealed.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the sealed value does not open with this master key "
                    + "(another server's key, or a value moved between rows)", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(128, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] decode(String base64, String where) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where + " is not base64 of a " + KEY_BYTES + "-byte key");
        }
    }

    /** Writes a new key readable by its owner only; created with those permissions, never widened afterwards. */
    private static void createKeyFile(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] bytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(bytes);
        byte[] text = (Base64.getEncoder().encodeToString(bytes) + "\n").getBytes(StandardCharsets.US_ASCII);
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            if (posix) {
                Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
                Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
            } else {
                Files.createFile(file); // Windows: the data folder's ACL protects it
            }
        } catch (FileAlreadyExistsException raced) {
            return; // another instance created it first: use theirs
        }
        Files.write(file, text, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
