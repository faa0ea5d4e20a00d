package vn.truongso.core.signatures;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.ProviderException;
import java.security.Signature;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Signs with a {@link SigningKey}, wherever it lives: through the token's own provider when it is on a token (the
 * key never leaves it), through the platform's providers when it is a software key. Always SHA-256, RSA PKCS#1
 * v1.5 or ECDSA by the key's type: what every validator and every Vietnamese CA's token supports.
 */
public final class KeySigning {
    public static final String SHA256_WITH_RSA = "SHA256withRSA";
    public static final String SHA256_WITH_ECDSA = "SHA256withECDSA";
    private static final int SHA256_LENGTH = 32;

    private KeySigning() {}

    /** {@value #SHA256_WITH_RSA} or {@value #SHA256_WITH_ECDSA}, from the key's type. */
    public static String algorithm(SigningKey key) {
        return switch (key.privateKey().getAlgorithm()) {
            case "RSA" -> SHA256_WITH_RSA;
            case "EC" -> SHA256_WITH_ECDSA;
            default -> throw new IllegalArgumentException(
                    "a document signing key is RSA or EC, not " + key.privateKey().getAlgorithm());
        };
    }

    /** The signature of {@code data} with the key's own algorithm. ECDSA signatures are DER, as CMS wants them. */
    public static byte[] sign(SigningKey key, byte[] data) {
        return sign(key, data, algorithm(key));
    }

    public static byte[] sign(SigningKey key, byte[] data, String algorithm) {
        try {
            Signature signature = key.provider().isPresent()
                    ? Signature.getInstance(algorithm, key.provider().get())
                    : Signature.getInstance(algorithm);
            signature.initSign(key.privateKey());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException | ProviderException e) {
            // SunPKCS11 reports a token pulled out mid-signature as a ProviderException.
            throw new KeyAccessException(KeyAccessException.Problem.TOKEN_FAILURE,
                    "cannot sign with " + algorithm + ": " + e.getMessage(), e);
        }
    }

    /**
     * The signature of data whose SHA-256 digest is {@code sha256}, when only the digest is at hand (the server
     * hands the app the digest of a document's signed attributes; the key on the principal's token signs it). The
     * result verifies exactly as {@link #sign(SigningKey, byte[])} over the data would: for RSA the digest is wrapped
     * in its DigestInfo and signed raw (NONEwithRSA, CKM_RSA_PKCS); for EC it is signed raw (NONEwithECDSA).
     */
    public static byte[] signDigest(SigningKey key, byte[] sha256) {
        if (sha256.length != SHA256_LENGTH) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + sha256.length);
        }
        return switch (algorithm(key)) {
            case SHA256_WITH_RSA -> sign(key, sha256DigestInfo(sha256), "NONEwithRSA");
            default -> sign(key, sha256, "NONEwithECDSA");
        };
    }

    /** A Bouncy Castle content signer (CMS, certificates) over the key, through its token's provider if any. */
    public static ContentSigner contentSigner(SigningKey key) {
        JcaContentSignerBuilder builder = new JcaContentSignerBuilder(algorithm(key));
        key.provider().ifPresent(builder::setProvider);
        try {
            return builder.build(key.privateKey());
        } catch (OperatorCreationException e) {
            throw new KeyAccessException(KeyAccessException.Problem.TOKEN_FAILURE,
                    "cannot sign with " + algorithm(key) + ": " + e.getMessage(), e);
        }
    }

    static byte[] sha256DigestInfo(byte[] sha256) {
        try {
            AlgorithmIdentifier sha256Id = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE);
            return new DigestInfo(sha256Id, sha256).getEncoded("DER");
        } catch (IOException e) {
            throw new IllegalStateException("DER encoding in memory does not fail", e);
        }
    }
}
