package vn.truongso.core.signatures.pades;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import vn.truongso.core.signatures.Digests;
import vn.truongso.core.signatures.pki.Certificates;
import vn.truongso.core.signatures.pki.KeyAlgorithm;

/**
 * The CMS of a PAdES baseline signature (ETSI EN 319 142-1 §6.3, EN 319 122-1): detached SignedData with one
 * SignerInfo whose signed attributes are content-type, message-digest and ESS signing-certificate-v2 — and no
 * signing-time, which PAdES puts in the PDF's /M instead. Built from ASN.1 directly so that the attributes signed
 * on a token (prepared earlier, elsewhere) are byte for byte those embedded.
 */
final class CmsSignatures {
    static final AlgorithmIdentifier SHA256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);

    private CmsSignatures() {}

    /** The DER SET of signed attributes over the document's digest, for {@code signer}. */
    static byte[] signedAttributes(byte[] documentDigest, X509Certificate signer) {
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(CMSAttributes.contentType, new DERSet(CMSObjectIdentifiers.data)));
        attributes.add(new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(documentDigest))));
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certificateId(signer)}))));
        return der(new DERSet(attributes));
    }

    /**
     * The ContentInfo (DER) to put in /Contents: the signed attributes, the signature value, the certificates (the
     * chain without its self-signed root, which a verifier must bring itself), and the time-stamp token if any.
     */
    static byte[] signedData(byte[] signedAttributes, byte[] signatureValue, List<X509Certificate> chain,
                             Optional<byte[]> timeStampToken) {
        X509Certificate signer = chain.getFirst();
        ASN1Set unsigned = timeStampToken.map(token -> (ASN1Set) new DERSet(new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(ContentInfo.getInstance(token)))))
                .orElse(null);
        SignerInfo signerInfo = new SignerInfo(
                new SignerIdentifier(new IssuerAndSerialNumber(certificate(signer))), SHA256,
                ASN1Set.getInstance(signedAttributes), signatureAlgorithm(signer), new DEROctetString(signatureValue),
                unsigned);
        ASN1EncodableVector certificates = new ASN1EncodableVector();
        for (X509Certificate certificate : chain) {
            if (certificate == signer || !Certificates.isSelfSigned(certificate)) {
                certificates.add(certificate(certificate));
            }
        }
        SignedData signedData = new SignedData(new DERSet(SHA256), new ContentInfo(CMSObjectIdentifiers.data, null),
                new DERSet(certificates), null, new DERSet(signerInfo));
        return der(new ContentInfo(CMSObjectIdentifiers.signedData, signedData));
    }

    /** The bytes {@link #signedData} will take at most, for reserving /Contents before the values exist. */
    static int maxSize(List<X509Certificate> chain, int maxTokenSize) {
        int certificates = 0;
        for (X509Certificate certificate : chain) {
            if (certificate == chain.getFirst() || !Certificates.isSelfSigned(certificate)) {
                certificates += Certificates.der(certificate).length;
            }
        }
        // Signed attributes (~190 bytes: the digests and the issuer's name), SignerInfo and SignedData framing.
        int issuerName = chain.getFirst().getIssuerX500Principal().getEncoded().length;
        return certificates + KeyAlgorithm.maxSignatureLength(chain.getFirst().getPublicKey()) + maxTokenSize
                + 2 * issuerName + 400;
    }

    static AlgorithmIdentifier signatureAlgorithm(X509Certificate signer) {
        return switch (KeyAlgorithm.of(signer.getPublicKey())) {
            case RSA_2048 -> new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE);
            case EC_P256 -> new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
        };
    }

    private static ESSCertIDv2 certificateId(X509Certificate signer) {
        X500Name issuer = X500Name.getInstance(signer.getIssuerX500Principal().getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(issuer)),
                signer.getSerialNumber());
        // The hash algorithm is left out: SHA-256 is ESSCertIDv2's default (RFC 5035).
        return new ESSCertIDv2(Digests.sha256(Certificates.der(signer)), issuerSerial);
    }

    private static Certificate certificate(X509Certificate certificate) {
        return Certificate.getInstance(Certificates.der(certificate));
    }

    private static byte[] der(org.bouncycastle.asn1.ASN1Encodable value) {
        try {
            return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("ASN.1 built here always encodes", e);
        }
    }
}
