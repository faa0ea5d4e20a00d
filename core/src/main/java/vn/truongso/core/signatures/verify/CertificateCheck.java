package vn.truongso.core.signatures.verify;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.truongso.core.signatures.pki.Certificates;

/**
 * Does a certificate chain to a trusted root, and was none of the chain revoked at a given time? Revocation is
 * read from CRLs only (the document's /DSS and those given), offline: the verifier never fetches anything.
 *
 * @param path        the certificate and its issuers up to (not including) the trust anchor; empty if untrusted
 * @param anchor      the trusted root it chains to
 * @param verdict     VALID, UNTRUSTED (no path, or no CRL for a certificate) or INVALID (revoked by then)
 * @param problems    why not VALID
 * @param notes       revocations after {@code at}, which do not undo a signature made before them
 */
record CertificateCheck(List<X509Certificate> path, Optional<X509Certificate> anchor, Verdict verdict,
                        List<String> problems, List<String> notes) {

    static CertificateCheck of(X509Certificate target, Collection<X509Certificate> pool,
                               List<X509Certificate> trustedRoots, Collection<X509CRL> crls, Instant at, String who) {
        Optional<PKIXCertPathBuilderResult> built = build(target, pool, trustedRoots, at);
        if (built.isEmpty()) {
            return new CertificateCheck(List.of(), Optional.empty(), Verdict.UNTRUSTED,
                    List.of(who + "'s certificate (" + Certificates.commonName(target) + ", issued by "
                            + target.getIssuerX500Principal().getName() + ") does not chain to a trusted root"
                            + " valid at " + at), List.of());
        }
        List<X509Certificate> path = built.get().getCertPath().getCertificates().stream()
                .map(X509Certificate.class::cast).toList();
        X509Certificate anchor = built.get().getTrustAnchor().getTrustedCert();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Verdict verdict = Verdict.VALID;
        for (int i = 0; i < path.size(); i++) {
            X509Certificate certificate = path.get(i);
            X509Certificate issuer = i + 1 < path.size() ? path.get(i + 1) : anchor;
            verdict = verdict.worst(revocation(certificate, issuer, crls, at, who, problems, notes));
        }
        return new CertificateCheck(path, Optional.of(anchor), verdict, problems, notes);
    }

    /** Every certificate of the path and its anchor: what a /DSS must hold for B-LT. */
    List<X509Certificate> chainWithAnchor() {
        List<X509Certificate> chain = new ArrayList<>(path);
        anchor.ifPresent(chain::add);
        return chain;
    }

    private static Verdict revocation(X509Certificate certificate, X509Certificate issuer, Collection<X509CRL> crls,
                                      Instant at, String who, List<String> problems, List<String> notes) {
        List<X509CRL> issued = issuedBy(issuer, crls);
        String name = Certificates.commonName(certificate);
        if (issued.isEmpty()) {
            problems.add("no CRL from " + Certificates.commonName(issuer) + " to show that " + who + "'s chain ("
                    + name + ") was not revoked");
            return Verdict.UNTRUSTED;
        }
        for (X509CRL crl : issued) {
            X509CRLEntry entry = crl.getRevokedCertificate(certificate);
            if (entry != null) {
                Instant revokedAt = entry.getRevocationDate().toInstant();
                if (!revokedAt.isAfter(at)) {
                    problems.add(who + "'s certificate chain (" + name + ", serial "
                            + certificate.getSerialNumber().toString(16) + ") was revoked at " + revokedAt
                            + ", before the signature's time " + at);
                    return Verdict.INVALID;
                }
                notes.add(name + " was revoked at " + revokedAt + ", after the signature's proven time " + at);
            }
        }
        return Verdict.VALID;
    }

    /** The CRLs whose issuer is {@code issuer} and whose signature its key verifies. */
    static List<X509CRL> issuedBy(X509Certificate issuer, Collection<X509CRL> crls) {
        List<X509CRL> issued = new ArrayList<>();
        for (X509CRL crl : crls) {
            if (crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                try {
                    crl.verify(issuer.getPublicKey());
                    issued.add(crl);
                } catch (GeneralSecurityException forged) {
                    // a CRL that claims this issuer but is not signed by it tells nothing
                }
            }
        }
        return issued;
    }

    private static Optional<PKIXCertPathBuilderResult> build(X509Certificate target, Collection<X509Certificate> pool,
                                                             List<X509Certificate> trustedRoots, Instant at) {
        if (trustedRoots.isEmpty()) {
            return Optional.empty();
        }
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            for (X509Certificate root : trustedRoots) {
                anchors.add(new TrustAnchor(root, null));
            }
            X509CertSelector selector = new X509CertSelector();
            selector.setCertificate(target);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, selector);
            List<X509Certificate> certificates = new ArrayList<>(pool);
            certificates.add(target);
            parameters.addCertStore(CertStore.getInstance("Collection",
                    new CollectionCertStoreParameters(certificates)));
            parameters.setRevocationEnabled(false); // revocation is checked offline, from CRLs, below
            parameters.setDate(Date.from(at));
            return Optional.of((PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters));
        } catch (CertPathBuilderException noPath) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the platform's PKIX builder is unavailable", e);
        }
    }
}
