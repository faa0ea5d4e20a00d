package vn.truongso.core.signatures.verify;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What a verifier trusts: the schools' document roots it was given (never a root found inside the document), and
 * CRLs from outside the document to use beside those in its /DSS.
 */
public record TrustSettings(List<X509Certificate> trustedRoots, List<X509CRL> extraCrls) {
    public TrustSettings {
        trustedRoots = List.copyOf(trustedRoots);
        extraCrls = List.copyOf(extraCrls);
    }

    public static TrustSettings roots(List<X509Certificate> trustedRoots) {
        return new TrustSettings(trustedRoots, List.of());
    }
}
