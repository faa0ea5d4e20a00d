package vn.truongso.core.signatures;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import javax.security.auth.x500.X500Principal;

/**
 * One key on a token or in a key file, described by its certificate so that a person can pick the right one.
 *
 * @param alias    the name to ask for it by
 * @param subject  the certificate's subject (RFC 2253, Unicode kept)
 * @param issuer   who issued the certificate
 * @param keyUsage what the certificate allows; empty when the certificate does not restrict it
 */
public record KeyEntry(String alias, String subject, String issuer, Instant notBefore, Instant notAfter,
                       Set<KeyUsage> keyUsage, String keyAlgorithm) {

    /** The bits of X.509 key usage (RFC 5280 §4.2.1.3), in their order. */
    public enum KeyUsage {
        DIGITAL_SIGNATURE, NON_REPUDIATION, KEY_ENCIPHERMENT, DATA_ENCIPHERMENT, KEY_AGREEMENT, KEY_CERT_SIGN,
        CRL_SIGN, ENCIPHER_ONLY, DECIPHER_ONLY
    }

    public KeyEntry {
        keyUsage = Set.copyOf(keyUsage);
    }

    public static KeyEntry of(String alias, X509Certificate certificate) {
        return new KeyEntry(alias,
                certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                certificate.getIssuerX500Principal().getName(X500Principal.RFC2253),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                keyUsage(certificate), certificate.getPublicKey().getAlgorithm());
    }

    /** Signing documents needs digital signature or non-repudiation (content commitment), or no restriction. */
    public boolean canSignDocuments() {
        return keyUsage.isEmpty() || keyUsage.contains(KeyUsage.DIGITAL_SIGNATURE)
                || keyUsage.contains(KeyUsage.NON_REPUDIATION);
    }

    public boolean validAt(Instant instant) {
        return !instant.isBefore(notBefore) && !instant.isAfter(notAfter);
    }

    private static Set<KeyUsage> keyUsage(X509Certificate certificate) {
        boolean[] bits = certificate.getKeyUsage();
        Set<KeyUsage> usage = EnumSet.noneOf(KeyUsage.class);
        if (bits != null) {
            KeyUsage[] all = KeyUsage.values();
            for (int i = 0; i < Math.min(bits.length, all.length); i++) {
                if (bits[i]) {
                    usage.add(all[i]);
                }
            }
        }
        return usage;
    }
}
