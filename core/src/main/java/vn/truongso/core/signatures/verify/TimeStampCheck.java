package vn.truongso.core.signatures.verify;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import vn.truongso.core.signatures.pki.Certificates;

/**
 * A signature time-stamp (RFC 3161 token in the SignerInfo's unsigned attributes): its imprint must be the digest
 * of the signature value, its own signature must verify with a certificate whose only extended key usage is a
 * critical id-kp-timeStamping (Bouncy Castle's validate checks both), and the TSA must chain to a trusted root and be
 * unrevoked at the stamp's time.
 *
 * @param time        the stamp's time when the token itself is valid (even if the TSA is not trusted)
 * @param tsa         the TSA's certificate check, when the token could be checked
 */
record TimeStampCheck(Optional<Instant> time, Optional<CertificateCheck> tsa, Verdict verdict,
                      List<String> problems, List<String> notes) {

    static TimeStampCheck of(ContentInfo tokenInfo, byte[] signatureValue, Collection<X509Certificate> pool,
                             List<X509Certificate> trustedRoots, Collection<X509CRL> crls) {
        TimeStampToken token;
        try {
            token = new TimeStampToken(tokenInfo);
        } catch (TSPException | IOException | RuntimeException e) {
            return invalid("the signature time-stamp is not an RFC 3161 token: " + e.getMessage());
        }
        if (!imprintMatches(token, signatureValue)) {
            return invalid("the signature time-stamp is over other data than this signature's value");
        }
        Optional<X509Certificate> tsaCertificate = tsaCertificate(token, pool);
        if (tsaCertificate.isEmpty()) {
            return new TimeStampCheck(Optional.empty(), Optional.empty(), Verdict.UNTRUSTED,
                    List.of("the time-stamping authority's certificate is neither in the token nor in the /DSS"),
                    List.of());
        }
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaCertificate.get()));
        } catch (TSPException | OperatorCreationException e) {
            return invalid("the signature time-stamp does not verify: " + e.getMessage());
        }
        Instant time = token.getTimeStampInfo().getGenTime().toInstant();
        List<X509Certificate> everything = new ArrayList<>(pool);
        everything.addAll(certificates(token));
        CertificateCheck tsa = CertificateCheck.of(tsaCertificate.get(), everything, trustedRoots, crls, time,
                "the time-stamping authority");
        return new TimeStampCheck(Optional.of(time), Optional.of(tsa), tsa.verdict(), tsa.problems(), tsa.notes());
    }

    private static TimeStampCheck invalid(String problem) {
        return new TimeStampCheck(Optional.empty(), Optional.empty(), Verdict.INVALID, List.of(problem), List.of());
    }

    private static boolean imprintMatches(TimeStampToken token, byte[] signatureValue) {
        String algorithm = new DefaultAlgorithmNameFinder().getAlgorithmName(
                token.getTimeStampInfo().getMessageImprintAlgOID());
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(signatureValue);
            return MessageDigest.isEqual(digest, token.getTimeStampInfo().getMessageImprintDigest());
        } catch (GeneralSecurityException unknownAlgorithm) {
            return false;
        }
    }

    /** The certificate that signed the token: in the token when asked for, else among the /DSS's. */
    private static Optional<X509Certificate> tsaCertificate(TimeStampToken token, Collection<X509Certificate> pool) {
        for (X509CertificateHolder holder : token.getCertificates().getMatches(null)) {
            if (token.getSID().match(holder)) {
                return Optional.of(Certificates.fromHolder(holder));
            }
        }
        for (X509Certificate certificate : pool) {
            try {
                if (token.getSID().match(new X509CertificateHolder(certificate.getEncoded()))) {
                    return Optional.of(certificate);
                }
            } catch (IOException | GeneralSecurityException unreadable) {
                // skip a certificate that does not encode
            }
        }
        return Optional.empty();
    }

    private static List<X509Certificate> certificates(TimeStampToken token) {
        return token.getCertificates().getMatches(null).stream().map(Certificates::fromHolder).toList();
    }
}
