package vn.truongso.core.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.truongso.core.signatures.Pkcs11KeysTest.verifies;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.truongso.core.testing.TestCa;

/** The signing path with software keys (a key file on the server); the token path is in Pkcs11KeysTest. */
class KeySigningTest {
    private static final byte[] DATA = "signed attributes".getBytes(StandardCharsets.UTF_8);
    private final TestCa ca = new TestCa();

    private SigningKey softwareKey(KeyPair keys) {
        return new SigningKey(keys.getPrivate(), ca.chainOf(ca.issuePerson("A", keys.getPublic())), Optional.empty());
    }

    @Test
    void theAlgorithmFollowsTheKeyType() {
        assertThat(KeySigning.algorithm(softwareKey(TestCa.rsaKeyPair()))).isEqualTo("SHA256withRSA");
        assertThat(KeySigning.algorithm(softwareKey(TestCa.ecKeyPair()))).isEqualTo("SHA256withECDSA");
    }

    @Test
    void aSignedDigestVerifiesAsTheSignedData() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(DATA);
        for (KeyPair keys : List.of(TestCa.rsaKeyPair(), TestCa.ecKeyPair())) {
            SigningKey key = softwareKey(keys);
            String algorithm = KeySigning.algorithm(key);
            assertThat(verifies(algorithm, key.certificate(), DATA, KeySigning.signDigest(key, digest)))
                    .as(algorithm).isTrue();
            assertThat(verifies(algorithm, key.certificate(), DATA, KeySigning.sign(key, DATA))).as(algorithm).isTrue();
        }
    }

    @Test
    void theRsaDigestIsWrappedInItsDigestInfo() {
        byte[] digest = new byte[32];
        // RFC 8017 §9.2 note 1: the DER prefix of a SHA-256 DigestInfo.
        assertThat(HexFormat.of().formatHex(KeySigning.sha256DigestInfo(digest)))
                .isEqualTo("3031300d060960864801650304020105000420" + "00".repeat(32));
    }

    @Test
    void onlyASha256DigestIsSigned() {
        SigningKey key = softwareKey(TestCa.ecKeyPair());
        assertThatThrownBy(() -> KeySigning.signDigest(key, new byte[20]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void aKeyThatIsNeitherRsaNorEcIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        KeyPair keys = generator.generateKeyPair();
        SigningKey key = new SigningKey(keys.getPrivate(), List.of(ca.root()), Optional.empty());
        assertThatThrownBy(() -> KeySigning.algorithm(key))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RSA or EC");
    }
}
