package vn.truongso.core.signatures.verify;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.OperatorCreationException;
import vn.truongso.core.signatures.Digests;
import vn.truongso.core.signatures.pki.Certificates;

/**
 * The CMS of one signature against the bytes its /ByteRange covers: one SignerInfo, the signer's certificate found,
 * the message digest equal to the covered bytes' digest, the signature value valid, and the PAdES attributes
 * (signing-certificate-v2 naming that certificate; no CMS signing-time).
 *
 * @param signer          the signer's certificate, if found
 * @param certificates    the certificates the CMS carries
 * @param signatureValue  the SignerInfo's signature value (what the time-stamp is over)
 * @param timeStampToken  the signature time-stamp token, if any
 * @param baseline        signing-certificate-v2 present and matching: a PAdES baseline B-B candidate
 */
record CmsCheck(Optional<X509Certificate> signer, List<X509Certificate> certificates, byte[] signatureValue,
                Optional<ContentInfo> timeStampToken, boolean baseline, List<String> problems, List<String> notes) {

    static CmsCheck of(byte[] cms, byte[] covered, Collection<X509Certificate> dssCertificates) {
        CMSSignedData signedData;
        try {
            signedData = new CMSSignedData(new CMSProcessableByteArray(covered), cms);
        } catch (CMSException | RuntimeException e) {
            return broken("the /Contents is not a CMS SignedData: " + e.getMessage());
        }
        List<X509Certificate> certificates = signedData.getCertificates().getMatches(null).stream()
                .map(Certificates::fromHolder).toList();
        Collection<SignerInformation> signers = signedData.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return broken("the CMS has " + signers.size() + " signers; a PAdES signature has exactly one");
        }
        SignerInformation info = signers.iterator().next();
        List<X509Certificate> pool = new ArrayList<>(certificates);
        pool.addAll(dssCertificates);
        Optional<X509Certificate> signer = pool.stream().filter(c -> matches(info, c)).findFirst();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (signer.isEmpty()) {
            problems.add("the signer's certificate is neither in the CMS nor in the /DSS");
        } else {
            checkDigestAndSignature(info, covered, signer.get(), problems);
        }
        boolean baseline = signer.isPresent() && signingCertificateMatches(info, signer.get(), problems, notes);
        if (info.getSignedAttributes() != null && info.getSignedAttributes().get(CMSAttributes.signingTime) != null) {
            notes.add("the CMS carries a signing-time, which PAdES baseline signatures must not");
            baseline = false;
        }
        return new CmsCheck(signer, certificates, info.getSignature(), timeStampToken(info), baseline, problems,
                notes);
    }

    private static void checkDigestAndSignature(SignerInformation info, byte[] covered, X509Certificate signer,
                                                List<String> problems) {
        byte[] claimed = messageDigest(info);
        String digestName = new DefaultAlgorithmNameFinder().getAlgorithmName(info.getDigestAlgorithmID());
        byte[] actual;
        try {
            actual = MessageDigest.getInstance(digestName).digest(covered);
        } catch (java.security.NoSuchAlgorithmException e) {
            problems.add("the signature uses an unknown digest " + info.getDigestAlgOID());
            return;
        }
        if (claimed == null || !MessageDigest.isEqual(claimed, actual)) {
            problems.add("the signed bytes were changed: their digest is not the one the signature covers");
            return;
        }
        try {
            if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer))) {
                problems.add("the signature value does not verify with the signer's certificate");
            }
        } catch (CMSException | OperatorCreationException e) {
            problems.add("the signature value does not verify with the signer's certificate: " + e.getMessage());
        }
    }

    private static byte[] messageDigest(SignerInformation info) {
        AttributeTable signed = info.getSignedAttributes();
        Attribute attribute = signed == null ? null : signed.get(CMSAttributes.messageDigest);
        return attribute == null ? null
                : ASN1OctetString.getInstance(attribute.getAttrValues().getObjectAt(0)).getOctets();
    }

    private static boolean signingCertificateMatches(SignerInformation info, X509Certificate signer,
                                                     List<String> problems, List<String> notes) {
        AttributeTable signed = info.getSignedAttributes();
        Attribute attribute = signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            notes.add("no signing-certificate-v2 attribute: not a PAdES baseline signature");
            return false;
        }
        ESSCertIDv2 id = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts()[0];
        byte[] hash;
        try {
            String name = new DefaultAlgorithmNameFinder().getAlgorithmName(id.getHashAlgorithm());
            hash = MessageDigest.getInstance(name).digest(signer.getEncoded());
        } catch (java.security.GeneralSecurityException e) {
            hash = Digests.sha256(Certificates.der(signer));
        }
        if (!MessageDigest.isEqual(hash, id.getCertHash())) {
            problems.add("the signing-certificate-v2 attribute names another certificate than the signer's");
            return false;
        }
        return true;
    }

    private static Optional<ContentInfo> timeStampToken(SignerInformation info) {
        AttributeTable unsigned = info.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null
                : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return Optional.empty();
        }
        return Optional.of(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
    }

    private static boolean matches(SignerInformation info, X509Certificate certificate) {
        try {
            return info.getSID().match(new X509CertificateHolder(certificate.getEncoded()));
        } catch (IOException | java.security.cert.CertificateEncodingException e) {
            return false;
        }
    }

    private static CmsCheck broken(String problem) {
        return new CmsCheck(Optional.empty(), List.of(), new byte[0], Optional.empty(), false, List.of(problem),
                List.of());
    }
}
