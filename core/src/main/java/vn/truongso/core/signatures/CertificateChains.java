package vn.truongso.core.signatures;

import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Completes a signer's certificate chain. Tokens often hold only the signer's own certificate; the issuers come
 * from a chain file the CA publishes (PEM, DER or PKCS#7), and a signature checked offline years later needs them.
 */
public final class CertificateChains {
    private CertificateChains() {}

    /** Every certificate in a PEM, DER or PKCS#7 stream (one or many). */
    public static List<X509Certificate> read(InputStream certificates) {
        try {
            List<X509Certificate> read = new ArrayList<>();
            for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(certificates)) {
                read.add((X509Certificate) certificate);
            }
            if (read.isEmpty()) {
                throw new KeyAccessException(KeyAccessException.Problem.NOT_A_CERTIFICATE_FILE,
                        "no certificate in the chain file");
            }
            return read;
        } catch (CertificateException e) {
            throw new KeyAccessException(KeyAccessException.Problem.NOT_A_CERTIFICATE_FILE,
                    "the chain file holds no readable X.509 certificates", e);
        }
    }

    /**
     * {@code chain} followed by its issuers found in {@code issuers}, up to a self-signed root or the first
     * certificate whose issuer is not there. An issuer counts only if its key verifies the certificate's signature,
     * so two CAs with the same name cannot be confused.
     */
    public static List<X509Certificate> complete(List<X509Certificate> chain, Collection<X509Certificate> issuers) {
        List<X509Certificate> complete = new ArrayList<>(chain);
        X509Certificate last = complete.get(complete.size() - 1);
        while (!selfIssued(last)) {
            Optional<X509Certificate> issuer = issuerOf(last, issuers);
            if (issuer.isEmpty() || complete.contains(issuer.get())) {
                break;
            }
            complete.add(issuer.get());
            last = issuer.get();
        }
        return List.copyOf(complete);
    }

    private static Optional<X509Certificate> issuerOf(X509Certificate certificate,
                                                      Collection<X509Certificate> candidates) {
        return candidates.stream()
                .filter(candidate -> candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal()))
                .filter(candidate -> signedBy(certificate, candidate))
                .findFirst();
    }

    private static boolean selfIssued(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                && signedBy(certificate, certificate);
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
