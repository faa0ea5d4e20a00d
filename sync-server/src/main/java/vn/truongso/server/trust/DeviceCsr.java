package vn.truongso.server.trust;

import java.io.IOException;
import java.security.PublicKey;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import vn.truongso.server.InvalidInputException;

/**
 * A PC's certificate request (PKCS#10, base64 of DER), checked: it parses, its self-signature holds (the PC owns the
 * key), and the key is EC P-256. Its subject is ignored: the server names the device, not the PC.
 */
public record DeviceCsr(PublicKey publicKey) {

    public static DeviceCsr parse(String base64Der) {
        if (base64Der == null || base64Der.isBlank()) {
            throw new InvalidInputException("csr is missing: send the PC's PKCS#10 request, base64 of DER");
        }
        JcaPKCS10CertificationRequest csr;
        try {
            csr = new JcaPKCS10CertificationRequest(Base64.getDecoder().decode(base64Der.strip()));
        } catch (IllegalArgumentException | IOException | ClassCastException e) {
            throw new InvalidInputException("csr is not a PKCS#10 request (base64 of DER)");
        }
        requireP256(csr.getSubjectPublicKeyInfo());
        try {
            if (!csr.isSignatureValid(new JcaContentVerifierProviderBuilder().build(csr.getSubjectPublicKeyInfo()))) {
                throw new InvalidInputException("csr's signature does not match its key");
            }
            return new DeviceCsr(csr.getPublicKey());
        } catch (OperatorCreationException | PKCSException | java.security.GeneralSecurityException e) {
            throw new InvalidInputException("csr's signature cannot be checked: " + e.getMessage());
        }
    }

    private static void requireP256(SubjectPublicKeyInfo key) {
        ASN1ObjectIdentifier algorithm = key.getAlgorithm().getAlgorithm();
        boolean ec = X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm);
        boolean p256 = ec && X9ObjectIdentifiers.prime256v1.equals(key.getAlgorithm().getParameters());
        if (!p256) {
            throw new InvalidInputException("csr's key must be EC P-256 (secp256r1)");
        }
    }
}
