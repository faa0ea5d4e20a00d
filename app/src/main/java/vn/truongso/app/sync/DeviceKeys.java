package vn.truongso.app.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** The PC's own key pair and the certificate request it sends to enrol; the private key stays on the PC. */
final class DeviceKeys {
    private DeviceKeys() {}

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform makes P-256 keys", e);
        }
    }

    /** A PKCS#10 request (DER) for {@code keys}; the server's CA decides the certificate's name. */
    static byte[] certificateRequest(KeyPair keys, String pcName) {
        try {
            return new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=" + pcName.replaceAll("[,=+<>#;\"\\\\]", " ")),
                    keys.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()))
                    .getEncoded();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign the certificate request", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
