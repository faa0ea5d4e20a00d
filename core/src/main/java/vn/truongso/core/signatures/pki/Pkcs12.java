package vn.truongso.core.signatures.pki;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.truongso.core.signatures.SigningKey;

/**
 * PKCS#12 keystores in memory: the school's document PKI as the server keeps it (sealed again with its master key),
 * and the files a real CA hands out. The JDK's PKCS12 writes PBES2/AES-256 with an HMAC-SHA-256 MAC.
 */
public final class Pkcs12 {
    private Pkcs12() {}

    /** A keystore holding each key under its alias, with its chain. */
    public static byte[] write(Map<String, SigningKey> keys, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (Map.Entry<String, SigningKey> entry : keys.entrySet()) {
                SigningKey key = entry.getValue();
                store.setKeyEntry(entry.getKey(), key.privateKey(), password,
                        key.chain().toArray(new Certificate[0]));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write a PKCS#12 keystore", e);
        }
    }

    /** Every key entry of a keystore, by alias, in the keystore's order. A wrong password is an invalid input. */
    public static Map<String, SigningKey> read(byte[] pkcs12, char[] password) {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a PKCS#12 file, or a wrong password", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the PKCS#12 file: " + e.getMessage(), e);
        }
        try {
            Map<String, SigningKey> keys = new LinkedHashMap<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Key key = store.getKey(alias, password);
                    Certificate[] chain = store.getCertificateChain(alias);
                    if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
                        List<X509Certificate> certificates = Arrays.stream(chain).map(X509Certificate.class::cast)
                                .toList();
                        keys.put(alias, new SigningKey(privateKey, certificates, Optional.empty()));
                    }
                }
            }
            return keys;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read a key from the PKCS#12 file: " + e.getMessage(), e);
        }
    }
}
