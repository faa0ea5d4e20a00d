package vn.truongso.core.testing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority for signing tests, shaped like a Vietnamese public CA: one root and two issuing CAs, one
 * for people (a principal's own certificate) and one for organisations (a school seal). End-entity certificates
 * allow digital signature and non-repudiation, as document signing certificates do.
 */
public final class TestCa {
    private static final Duration VALIDITY = Duration.ofDays(365);
    private final AtomicLong serials = new AtomicLong(1);
    private final Authority root;
    private final Authority people;
    private final Authority organisations;

    private record Authority(X509Certificate certificate, PrivateKey key) {}

    public TestCa() {
        KeyPair rootKeys = ecKeyPair();
        X500Name rootName = new X500Name("CN=Test Root CA,O=Trường Số tests,C=VN");
        root = new Authority(issue(rootName, rootName, rootKeys.getPublic(), rootKeys.getPrivate(), true),
                rootKeys.getPrivate());
        people = subordinate("CN=Test CA for people,O=Trường Số tests,C=VN");
        organisations = subordinate("CN=Test CA for organisations,O=Trường Số tests,C=VN");
    }

    public X509Certificate root() {
        return root.certificate();
    }

    public X509Certificate peopleCa() {
        return people.certificate();
    }

    public X509Certificate organisationsCa() {
        return organisations.certificate();
    }

    /** A person's signing certificate: subject CN {@code name}, issued by the CA for people. */
    public X509Certificate issuePerson(String name, PublicKey key) {
        return issue(name(people), new X500Name("CN=" + name + ",C=VN"), key, people.key(), false);
    }

    /** An organisation's seal certificate, issued by the CA for organisations. */
    public X509Certificate issueOrganisation(String name, PublicKey key) {
        return issue(name(organisations), new X500Name("CN=" + name + ",O=" + name + ",C=VN"), key,
                organisations.key(), false);
    }

    /** {@code certificate} followed by its issuers up to the root. */
    public List<X509Certificate> chainOf(X509Certificate certificate) {
        boolean person = certificate.getIssuerX500Principal().equals(people.certificate().getSubjectX500Principal());
        X509Certificate issuer = person ? people.certificate() : organisations.certificate();
        return List.of(certificate, issuer, root.certificate());
    }

    public static KeyPair ecKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Authority subordinate(String name) {
        KeyPair keys = ecKeyPair();
        X509Certificate certificate = issue(name(root), new X500Name(name), keys.getPublic(), root.key(), true);
        return new Authority(certificate, keys.getPrivate());
    }

    private static X500Name name(Authority authority) {
        return X500Name.getInstance(authority.certificate().getSubjectX500Principal().getEncoded());
    }

    private X509Certificate issue(X500Name issuer, X500Name subject, PublicKey key, PrivateKey issuerKey, boolean ca) {
        Instant now = Instant.now();
        try {
            int usage = ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
            var builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(serials.getAndIncrement()),
                    Date.from(now.minus(Duration.ofMinutes(10))), Date.from(now.plus(VALIDITY)), subject, key)
                    .addExtension(Extension.basicConstraints, true,
                            ca ? new BasicConstraints(0) : new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(usage))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(key));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot issue a test certificate", e);
        }
    }
}
