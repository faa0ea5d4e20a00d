package vn.truongso.core.signatures.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.truongso.core.signatures.SigningKey;

/**
 * A school's document-signing CA (a root): it issues the principal's and the school seal's signing certificates
 * and the time-stamping authority's certificate, and signs the CRL that says which of them are revoked. It is a
 * sibling of the school's device CA, not the same CA (docs/signatures.md says why). Pure crypto, no storage.
 */
public record SigningCa(X509Certificate certificate, PrivateKey privateKey) {
    public static final Duration CA_VALIDITY = Duration.ofDays(20 * 365 + 5);
    public static final Duration SIGNER_VALIDITY = Duration.ofDays(3 * 365 + 1);
    public static final Duration TSA_VALIDITY = Duration.ofDays(10 * 365 + 2);
    public static final Duration CRL_VALIDITY = Duration.ofDays(30);
    /** Certificates start a little in the past, so a PC whose clock is slightly behind accepts them at once. */
    private static final Duration BACKDATE = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    public static SigningCa create(String schoolName, String schoolCode, KeyAlgorithm algorithm, Instant now) {
        KeyPair keys = algorithm.generate();
        X500Name name = name("Document CA " + schoolCode, schoolName, Optional.empty());
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), start(now),
                    Date.from(now.plus(CA_VALIDITY)), name, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
            return new SigningCa(Certificates.fromHolder(builder.build(signer(keys.getPrivate()))), keys.getPrivate());
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot create a document-signing CA", e);
        }
    }

    /** A person's signing certificate (the principal's): her name, her title, the school. */
    public SigningKey issuePerson(String personName, String title, KeyAlgorithm algorithm, Instant now) {
        KeyPair keys = algorithm.generate();
        return new SigningKey(keys.getPrivate(), List.of(issueSigner(keys.getPublic(),
                name(personName, organisation(), Optional.of(title)), now), certificate), Optional.empty());
    }

    /** A certificate for a public key made elsewhere (a USB token's): the key never comes here. */
    public X509Certificate issuePersonFor(PublicKey key, String personName, String title, Instant now) {
        return issueSigner(key, name(personName, organisation(), Optional.of(title)), now);
    }

    /** The school seal's certificate: its subject is the school itself. */
    public SigningKey issueSeal(KeyAlgorithm algorithm, Instant now) {
        KeyPair keys = algorithm.generate();
        return new SigningKey(keys.getPrivate(), List.of(issueSigner(keys.getPublic(),
                name(organisation(), organisation(), Optional.empty()), now), certificate), Optional.empty());
    }

    /**
     * The time-stamping authority's certificate. RFC 3161 §2.3: its extended key usage is id-kp-timeStamping only,
     * and critical; Bouncy Castle's and Adobe's validators refuse a TSA certificate that is not so.
     */
    public SigningKey issueTsa(KeyAlgorithm algorithm, Instant now) {
        KeyPair keys = algorithm.generate();
        X500Name subject = name("TSA " + organisation(), organisation(), Optional.empty());
        X509Certificate tsa = issue(keys.getPublic(), subject, now, TSA_VALIDITY,
                new KeyUsage(KeyUsage.digitalSignature),
                Optional.of(new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping)));
        return new SigningKey(keys.getPrivate(), List.of(tsa, certificate), Optional.empty());
    }

    /** The CA's CRL (DER): every revoked certificate, numbered {@code crlNumber}, valid {@link #CRL_VALIDITY}. */
    public X509CRL crl(List<Revocation> revoked, long crlNumber, Instant now) {
        try {
            X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(certificate, Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(CRL_VALIDITY)));
            for (Revocation entry : revoked) {
                builder.addCRLEntry(entry.serial(), Date.from(entry.revokedAt()), CRLReason.keyCompromise);
            }
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(crlNumber)));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
            return new JcaX509CRLConverter().getCRL(builder.build(signer(privateKey)));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot sign the CRL", e);
        }
    }

    private X509Certificate issueSigner(PublicKey key, X500Name subject, Instant now) {
        return issue(key, subject, now, SIGNER_VALIDITY,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation), Optional.empty());
    }

    private X509Certificate issue(PublicKey key, X500Name subject, Instant now, Duration validity, KeyUsage usage,
                                  Optional<ExtendedKeyUsage> extendedUsage) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            Instant end = now.plus(validity).isAfter(certificate.getNotAfter().toInstant())
                    ? certificate.getNotAfter().toInstant() : now.plus(validity);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial(), start(now),
                    Date.from(end), subject, key)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, usage)
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(certificate));
            if (extendedUsage.isPresent()) {
                builder.addExtension(Extension.extendedKeyUsage, true, extendedUsage.get());
            }
            return Certificates.fromHolder(builder.build(signer(privateKey)));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue a certificate", e);
        }
    }

    private String organisation() {
        return Certificates.organisation(certificate);
    }

    private static X500Name name(String commonName, String organisation, Optional<String> title) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, organisation);
        title.ifPresent(t -> builder.addRDN(BCStyle.T, t));
        return builder.addRDN(BCStyle.CN, commonName).build();
    }

    /** Random 16-byte serials (RFC 5280 §4.1.2.2 asks for unpredictable ones): nothing to count or store. */
    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).setBit(120);
    }

    private static Date start(Instant now) {
        return Date.from(now.minus(BACKDATE));
    }

    private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        String algorithm = key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        return new JcaContentSignerBuilder(algorithm).build(key);
    }
}
