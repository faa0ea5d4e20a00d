package vn.truongso.app.sync;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.GeneralSecurityException;
import java.util.UUID;

/**
 * What this PC got when it enrolled: its identity on the server, its private key (which never left the PC),
 * its certificate and the school's root. Kept in the encrypted local store.
 */
public record DeviceCredentials(String serverUrl, UUID deviceId, UUID schoolId, String schoolCode,
                                byte[] privateKeyPkcs8, byte[] certificateDer, byte[] caCertificateDer) {
    public PrivateKey privateKey() {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(privateKeyPkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored device key cannot be read", e);
        }
    }

    /** The school's root certificate, received at enrolment: what snapshot files are checked against. */
    public java.security.cert.X509Certificate caCertificate() {
        try {
            return (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(caCertificateDer));
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalStateException("the stored school certificate cannot be read", e);
        }
    }

    @Override
    public String toString() {
        return "DeviceCredentials[" + deviceId + " of " + schoolCode + " at " + serverUrl + "]"; // never the key
    }
}
