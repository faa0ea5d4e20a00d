package vn.truongso.core.signatures.pki;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;

/**
 * The key types the school's document PKI issues. RSA-2048 is the default because every validator and every
 * Vietnamese USB token (the ones the national CAs issue) handles it; ECDSA P-256 makes smaller certificates and
 * signatures where the holder's token supports it.
 */
public enum KeyAlgorithm {
    RSA_2048("SHA256withRSA"),
    EC_P256("SHA256withECDSA");

    private final String signatureAlgorithm;

    KeyAlgorithm(String signatureAlgorithm) {
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /** The JCA name of the signature this key makes over SHA-256. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    public KeyPair generate() {
        try {
            if (this == RSA_2048) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has RSA and EC P-256", e);
        }
    }

    /** The algorithm of an existing key (a token's or an imported certificate's). */
    public static KeyAlgorithm of(PublicKey key) {
        if (key instanceof RSAPublicKey) {
            return RSA_2048;
        }
        if (key instanceof ECPublicKey) {
            return EC_P256;
        }
        throw new IllegalArgumentException("unsupported key type " + key.getAlgorithm() + ": RSA or EC only");
    }

    /** Bytes a signature by {@code key} takes at most (RSA: the modulus; ECDSA P-256: a DER pair of integers). */
    public static int maxSignatureLength(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return (rsa.getModulus().bitLength() + 7) / 8;
        }
        if (key instanceof ECPublicKey ec) {
            int field = (ec.getParams().getCurve().getField().getFieldSize() + 7) / 8;
            return 2 * field + 9;
        }
        throw new IllegalArgumentException("unsupported key type " + key.getAlgorithm());
    }
}
