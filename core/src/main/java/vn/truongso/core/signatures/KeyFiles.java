package vn.truongso.core.signatures;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Signing keys in PKCS#12 key files (.p12, .pfx), as CAs issue them for a school seal kept on the server. The
 * caller opens the file (core does no file I/O); the password array is wiped once read.
 */
public final class KeyFiles {
    private KeyFiles() {}

    /** The file's only key; a file with several keys needs {@link #load(InputStream, char[], String)}. */
    public static SigningKey load(InputStream pkcs12, char[] password) {
        try {
            KeyStore store = open(pkcs12, password);
            List<String> aliases = keyAliases(store);
            if (aliases.isEmpty()) {
                throw new KeyAccessException(KeyAccessException.Problem.NO_KEY, "the key file holds no private key");
            }
            if (aliases.size() > 1) {
                throw new KeyAccessException(KeyAccessException.Problem.NO_SUCH_KEY,
                        "the key file holds several keys; name one of " + aliases);
            }
            return signingKey(store, aliases.get(0), password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public static SigningKey load(InputStream pkcs12, char[] password, String alias) {
        try {
            KeyStore store = open(pkcs12, password);
            if (!keyAliases(store).contains(alias)) {
                throw new KeyAccessException(KeyAccessException.Problem.NO_SUCH_KEY,
                        "no key named '" + alias + "' in the key file; it holds " + keyAliases(store));
            }
            return signingKey(store, alias, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The keys in the file, described by their certificates. */
    public static List<KeyEntry> keys(InputStream pkcs12, char[] password) {
        try {
            KeyStore store = open(pkcs12, password);
            List<KeyEntry> keys = new ArrayList<>();
            for (String alias : keyAliases(store)) {
                certificate(store, alias).ifPresent(certificate -> keys.add(KeyEntry.of(alias, certificate)));
            }
            return keys;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static KeyStore open(InputStream pkcs12, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(pkcs12, password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new KeyAccessException(KeyAccessException.Problem.WRONG_PASSWORD,
                        "the key file's password is wrong", e);
            }
            throw new KeyAccessException(KeyAccessException.Problem.NOT_A_KEY_FILE,
                    "not a PKCS#12 key file: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new KeyAccessException(KeyAccessException.Problem.NOT_A_KEY_FILE,
                    "the key file cannot be read: " + e.getMessage(), e);
        }
    }

    private static SigningKey signingKey(KeyStore store, String alias, char[] password) {
        try {
            Certificate[] chain = store.getCertificateChain(alias);
            if (chain == null || chain.length == 0) {
                throw new KeyAccessException(KeyAccessException.Problem.KEY_WITHOUT_CERTIFICATE,
                        "the key '" + alias + "' has no certificate in the key file");
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            return new SigningKey(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList(),
                    Optional.empty());
        } catch (UnrecoverableKeyException e) {
            throw new KeyAccessException(KeyAccessException.Problem.WRONG_PASSWORD,
                    "the key '" + alias + "' has a password of its own that differs from the file's", e);
        } catch (GeneralSecurityException e) {
            throw new KeyAccessException(KeyAccessException.Problem.NOT_A_KEY_FILE,
                    "the key '" + alias + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<String> keyAliases(KeyStore store) {
        try {
            List<String> aliases = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    aliases.add(alias);
                }
            }
            return aliases;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a loaded key store lists its entries", e);
        }
    }

    private static Optional<X509Certificate> certificate(KeyStore store, String alias) {
        try {
            return Optional.ofNullable((X509Certificate) store.getCertificate(alias));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a loaded key store gives its certificates", e);
        }
    }
}
