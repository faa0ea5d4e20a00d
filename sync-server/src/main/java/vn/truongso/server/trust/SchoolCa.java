package vn.truongso.server.trust;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
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
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * One school's certificate authority (DESIGN §4): an EC P-256 key and a self-signed certificate valid about ten
 * years. It issues device certificates (CN = device id, O = school code, client authentication, about two years)
 * and signs the school's revocation list. Pure crypto, no storage: {@link SchoolCas} keeps it in the database.
 */
public record SchoolCa(X509Certificate certificate, PrivateKey privateKey) {
    public static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    public static final Duration CA_VALIDITY = Duration.ofDays(3653);
    public static final Duration DEVICE_VALIDITY = Duration.ofDays(730);
    public static final Duration CRL_VALIDITY = Duration.ofDays(7);
    /** Certificates start a little in the past, so a PC whose clock is slightly behind accepts them at once. */
    private static final Duration BACKDATE = Duration.ofMinutes(10);
    private static final BigInteger CA_SERIAL = BigInteger.ONE;
    /** The first serial number a device certificate gets (1 is the CA's own). */
    public static final long FIRST_DEVICE_SERIAL = 2;

    /** A revoked device certificate, for the CRL. */
    public record Revoked(BigInteger serial, Instant revokedAt) {}

    public static SchoolCa create(String schoolCode, Instant now) {
        KeyPair keys = newP256KeyPair();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, schoolCode)
                .addRDN(BCStyle.CN, "Trường Số school CA " + schoolCode)
                .build();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, CA_SERIAL,
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(CA_VALIDITY)), name, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            return new SchoolCa(toCertificate(builder, keys.getPrivate()), keys.getPrivate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot create a school CA", e);
        }
    }

    /** The CA as stored: its certificate (DER) and its private key (PKCS#8 DER, to be sealed). */
    public static SchoolCa fromEncoded(byte[] certificateDer, byte[] privateKeyPkcs8) {
        try {
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(privateKeyPkcs8));
            return new SchoolCa(certificate(certificateDer), key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored school CA cannot be read", e);
        }
    }

    public X509Certificate issueDeviceCertificate(PublicKey deviceKey, UUID deviceId, String schoolCode,
                                                  BigInteger serial, Instant now) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, schoolCode)
                .addRDN(BCStyle.CN, deviceId.toString())
                .build();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial,
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(DEVICE_VALIDITY)), subject, deviceKey)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(deviceKey))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(certificate));
            return toCertificate(builder, privateKey);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue a device certificate", e);
        }
    }

    /** The school's CRL (DER): every revoked device certificate, numbered {@code crlNumber}, valid a week. */
    public byte[] crl(List<Revoked> revoked, long crlNumber, Instant now) {
        try {
            X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(certificate, Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(CRL_VALIDITY)));
            for (Revoked entry : revoked) {
                builder.addCRLEntry(entry.serial(), Date.from(entry.revokedAt()), CRLReason.unspecified);
            }
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(crlNumber)));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
            return builder.build(signer(privateKey)).getEncoded();
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot sign the school's CRL", e);
        }
    }

    public static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("not an X.509 certificate", e);
        }
    }

    static KeyPair newP256KeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has EC P-256", e);
        }
    }

    private static X509Certificate toCertificate(X509v3CertificateBuilder builder, PrivateKey signingKey)
            throws CertificateException {
        try {
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer(signingKey)));
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign with the school CA's key", e);
        }
    }

    private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key);
    }
}
