package vn.truongso.core.signatures.pki;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/** Reading and writing certificates and CRLs: DER, PEM, and the name a person reads. */
public final class Certificates {
    private Certificates() {}

    public static X509Certificate fromDer(byte[] der) {
        try {
            return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not an X.509 certificate: " + e.getMessage(), e);
        }
    }

    public static X509Certificate fromHolder(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not an X.509 certificate: " + e.getMessage(), e);
        }
    }

    public static X509CRL crlFromDer(byte[] der) {
        try {
            return (X509CRL) factory().generateCRL(new ByteArrayInputStream(der));
        } catch (CRLException | CertificateException e) {
            throw new IllegalArgumentException("not an X.509 CRL: " + e.getMessage(), e);
        }
    }

    /** Every certificate in a PEM text (a root file may hold several); a DER file is read as one certificate. */
    public static List<X509Certificate> read(byte[] pemOrDer) {
        String text = new String(pemOrDer, StandardCharsets.US_ASCII);
        if (!text.contains("-----BEGIN")) {
            return List.of(fromDer(pemOrDer));
        }
        List<X509Certificate> certificates = new ArrayList<>();
        try (PemReader reader = new PemReader(new StringReader(text))) {
            for (PemObject pem = reader.readPemObject(); pem != null; pem = reader.readPemObject()) {
                if (pem.getType().equals("CERTIFICATE")) {
                    certificates.add(fromDer(pem.getContent()));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a PEM file: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("the PEM text holds no CERTIFICATE");
        }
        return certificates;
    }

    /** A CRL in DER or PEM. */
    public static X509CRL readCrl(byte[] pemOrDer) {
        String text = new String(pemOrDer, StandardCharsets.US_ASCII);
        if (!text.contains("-----BEGIN")) {
            return crlFromDer(pemOrDer);
        }
        try (PemReader reader = new PemReader(new StringReader(text))) {
            for (PemObject pem = reader.readPemObject(); pem != null; pem = reader.readPemObject()) {
                if (pem.getType().equals("X509 CRL")) {
                    return crlFromDer(pem.getContent());
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a PEM file: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("the PEM text holds no X509 CRL");
    }

    public static String toPem(Object certificateOrCrl) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificateOrCrl);
        } catch (IOException e) {
            throw new IllegalStateException("writing PEM to memory cannot fail", e);
        }
        return text.toString();
    }

    public static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate always encodes", e);
        }
    }

    public static byte[] der(X509CRL crl) {
        try {
            return crl.getEncoded();
        } catch (CRLException e) {
            throw new IllegalStateException("a parsed CRL always encodes", e);
        }
    }

    /** The subject's common name (the name a person reads), or the whole subject when it has none. */
    public static String commonName(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] common = name.getRDNs(BCStyle.CN);
        if (common.length == 0) {
            return name.toString();
        }
        var value = common[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(value);
    }

    /** The subject's organisation (the school), or its common name when it has none. */
    public static String organisation(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] organisations = name.getRDNs(BCStyle.O);
        if (organisations.length == 0) {
            return commonName(certificate);
        }
        var value = organisations[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(value);
    }

    public static boolean isSelfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    private static CertificateFactory factory() throws CertificateException {
        return CertificateFactory.getInstance("X.509");
    }
}
