package vn.truongso.core.signatures;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * A key that signs documents, wherever it lives: a PKCS#12 file, or a PKCS#11 token (then the key never leaves
 * the token and {@code provider} is the token's SunPKCS11 provider).
 *
 * @param privateKey the signer's key (for a token, a handle to it)
 * @param chain      the signer's certificate first, then its issuers up to the root
 * @param provider   the JCA provider that holds the key; empty for software keys
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, Optional<Provider> provider) {
    public SigningKey {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs at least its own certificate");
        }
        chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
