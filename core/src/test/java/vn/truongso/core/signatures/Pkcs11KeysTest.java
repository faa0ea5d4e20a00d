package vn.truongso.core.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.truongso.core.testing.SoftHsmToken.EC_KEY;
import static vn.truongso.core.testing.SoftHsmToken.RSA_KEY;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.RSAPrivateKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.core.signatures.KeyAccessException.Problem;
import vn.truongso.core.testing.SoftHsmToken;

/** The key access layer against a real PKCS#11 token: SoftHSM2 through the JDK's SunPKCS11 provider. */
class Pkcs11KeysTest {
    private static final byte[] DOCUMENT = "Học bạ số: Nguyễn Văn An, lớp 10A1".getBytes(StandardCharsets.UTF_8);
    private static SoftHsmToken token;

    @BeforeAll
    static void makeToken() {
        token = SoftHsmToken.create();
    }

    @AfterAll
    static void deleteToken() {
        token.close();
    }

    private static Pkcs11Keys open() {
        return Pkcs11Keys.open(token.library(), token.slotListIndex(), token.pin());
    }

    @Test
    void listsTheKeysWithWhatAPersonNeedsToChooseOne() {
        try (Pkcs11Keys keys = open()) {
            assertThat(keys.keys()).extracting(KeyEntry::alias).containsExactlyInAnyOrder(RSA_KEY, EC_KEY);
            KeyEntry principal = keys.keys().stream().filter(k -> k.alias().equals(RSA_KEY)).findFirst().orElseThrow();
            assertThat(principal.subject()).contains("CN=" + SoftHsmToken.PRINCIPAL);
            assertThat(principal.issuer()).contains("CN=Test CA for people");
            assertThat(principal.keyAlgorithm()).isEqualTo("RSA");
            assertThat(principal.keyUsage())
                    .containsExactlyInAnyOrder(KeyEntry.KeyUsage.DIGITAL_SIGNATURE, KeyEntry.KeyUsage.NON_REPUDIATION);
            assertThat(principal.canSignDocuments()).isTrue();
            assertThat(principal.validAt(Instant.now())).isTrue();
            assertThat(principal.validAt(principal.notAfter().plusSeconds(1))).isFalse();
        }
    }

    @Test
    void theRsaKeyOnTheTokenSignsWhatItsCertificateVerifies() throws Exception {
        try (Pkcs11Keys keys = open()) {
            SigningKey key = keys.signingKey(RSA_KEY);
            byte[] signature = KeySigning.sign(key, DOCUMENT);
            assertThat(KeySigning.algorithm(key)).isEqualTo("SHA256withRSA");
            assertThat(verifies("SHA256withRSA", key.certificate(), DOCUMENT, signature)).isTrue();
            assertThat(verifies("SHA256withRSA", key.certificate(), "altered".getBytes(), signature)).isFalse();
            assertThat(key.certificate()).isEqualTo(token.certificate(RSA_KEY));
        }
    }

    @Test
    void theEcKeyOnTheTokenSignsWhatItsCertificateVerifies() throws Exception {
        try (Pkcs11Keys keys = open()) {
            SigningKey key = keys.signingKey(EC_KEY);
            byte[] signature = KeySigning.sign(key, DOCUMENT);
            assertThat(KeySigning.algorithm(key)).isEqualTo("SHA256withECDSA");
            assertThat(verifies("SHA256withECDSA", key.certificate(), DOCUMENT, signature)).isTrue();
        }
    }

    @Test
    void aDigestSignedRawVerifiesAsTheDocumentSignedWhole() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(DOCUMENT);
        try (Pkcs11Keys keys = open()) {
            SigningKey rsa = keys.signingKey(RSA_KEY);
            byte[] rsaRaw = KeySigning.signDigest(rsa, digest);
            assertThat(verifies("SHA256withRSA", rsa.certificate(), DOCUMENT, rsaRaw)).isTrue();
            // RSA PKCS#1 v1.5 is deterministic: the raw path gives the very same bytes.
            assertThat(rsaRaw).isEqualTo(KeySigning.sign(rsa, DOCUMENT));

            SigningKey ec = keys.signingKey(EC_KEY);
            assertThat(verifies("SHA256withECDSA", ec.certificate(), DOCUMENT, KeySigning.signDigest(ec, digest)))
                    .isTrue();
        }
    }

    @Test
    void theContentSignerSignsThroughTheToken() throws Exception {
        try (Pkcs11Keys keys = open()) {
            for (String alias : List.of(RSA_KEY, EC_KEY)) {
                SigningKey key = keys.signingKey(alias);
                var signer = KeySigning.contentSigner(key);
                signer.getOutputStream().write(DOCUMENT);
                assertThat(verifies(KeySigning.algorithm(key), key.certificate(), DOCUMENT, signer.getSignature()))
                        .as(alias).isTrue();
            }
        }
    }

    @Test
    void thePrivateKeyNeverLeavesTheToken() {
        try (Pkcs11Keys keys = open()) {
            SigningKey key = keys.signingKey(RSA_KEY);
            assertThat(key.provider()).containsSame(keys.provider());
            assertThat(key.privateKey().getEncoded()).isNull();
            assertThatThrownBy(() -> KeyFactory.getInstance("RSA", keys.provider())
                    .getKeySpec(key.privateKey(), RSAPrivateKeySpec.class))
                    .hasMessageContaining("sensitive");
        }
    }

    @Test
    void theChainComesFromTheTokenOrIsCompletedFromAChainFile(@TempDir Path dir) throws IOException {
        Path chainFile = dir.resolve("ca-chain.pem");
        Files.writeString(chainFile, pem(token.sealIssuers()));
        try (Pkcs11Keys keys = open()) {
            assertThat(keys.signingKey(RSA_KEY).chain()).isEqualTo(token.ca().chainOf(token.certificate(RSA_KEY)));
            assertThat(keys.signingKey(EC_KEY).chain()).containsExactly(token.certificate(EC_KEY));

            List<X509Certificate> issuers;
            try (var in = Files.newInputStream(chainFile)) {
                issuers = CertificateChains.read(in);
            }
            assertThat(keys.signingKey(EC_KEY, issuers).chain())
                    .containsExactly(token.certificate(EC_KEY), token.ca().organisationsCa(), token.ca().root());
        }
    }

    @Test
    void theTokenIsChosenByItsPlaceInTheSlotListAmongSeveral() {
        // Three slots: this token, another token with another PIN, and SoftHSM2's free slot.
        List<Problem> others = new ArrayList<>();
        for (int index = 0; index < 3; index++) {
            if (index != token.slotListIndex()) {
                int other = index;
                others.add(problem(() -> Pkcs11Keys.open(token.library(), other, token.pin()).close()));
            }
        }
        assertThat(others).containsExactlyInAnyOrder(Problem.WRONG_PIN, Problem.NO_TOKEN);
        assertThat(problem(() -> Pkcs11Keys.open(token.library(), 3, token.pin()))).isEqualTo(Problem.NO_TOKEN);
        try (Pkcs11Keys keys = open()) {
            assertThat(keys.keys()).hasSize(2);
        }
    }

    @Test
    void aWrongPinIsRefusedClearlyAndThePinIsWiped() {
        char[] wrong = "999999".toCharArray();
        assertThatThrownBy(() -> Pkcs11Keys.open(token.library(), token.slotListIndex(), wrong))
                .isInstanceOfSatisfying(KeyAccessException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.WRONG_PIN);
                    assertThat(e.getMessage()).isEqualTo("the token refused the PIN");
                });
        assertThat(wrong).containsOnly('\0');

        char[] right = token.pin();
        Pkcs11Keys.open(token.library(), token.slotListIndex(), right).close();
        assertThat(right).containsOnly('\0');
    }

    @Test
    void aSecondSignInWhileSignedInIsRefusedBecauseThePinCannotBeChecked() {
        try (Pkcs11Keys first = open()) {
            assertThat(problem(() -> Pkcs11Keys.open(token.library(), token.slotListIndex(), "000000".toCharArray())))
                    .isEqualTo(Problem.PIN_NOT_CHECKED);
            assertThat(first.keys()).hasSize(2);
        }
        assertThat(problem(() -> Pkcs11Keys.open(token.library(), token.slotListIndex(), "000000".toCharArray())))
                .isEqualTo(Problem.WRONG_PIN);
    }

    @Test
    void afterClosingTheKeysNoLongerSign() {
        SigningKey key;
        try (Pkcs11Keys keys = open()) {
            key = keys.signingKey(EC_KEY);
        }
        assertThat(problem(() -> KeySigning.sign(key, DOCUMENT))).isEqualTo(Problem.TOKEN_FAILURE);
    }

    @Test
    void anUnknownKeyNameSaysWhichKeysThereAre() {
        try (Pkcs11Keys keys = open()) {
            assertThatThrownBy(() -> keys.signingKey("hieu-truong"))
                    .isInstanceOfSatisfying(KeyAccessException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.NO_SUCH_KEY))
                    .hasMessageContaining(RSA_KEY).hasMessageContaining(EC_KEY);
        }
    }

    @Test
    void aKeyWithoutCertificateIsNotOfferedAndSaysWhy() {
        try (SoftHsmToken bare = SoftHsmToken.createWithKeyButNoCertificate();
             Pkcs11Keys keys = Pkcs11Keys.open(bare.library(), bare.slotListIndex(), bare.pin())) {
            assertThat(keys.keys()).isEmpty();
            assertThatThrownBy(() -> keys.signingKey("any"))
                    .isInstanceOfSatisfying(KeyAccessException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.NO_KEY))
                    .hasMessageContaining("certificate");
        }
    }

    @Test
    void aMissingOrWrongLibrarySaysSo(@TempDir Path dir) throws IOException {
        String missing = dir.resolve("libnothere.so").toString();
        assertThatThrownBy(() -> Pkcs11Keys.open(missing, 0, token.pin()))
                .isInstanceOfSatisfying(KeyAccessException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.LIBRARY_MISSING))
                .hasMessageContaining(missing);
        assertThat(problem(() -> Pkcs11Keys.open("libsofthsm2.so", 0, token.pin()))).isEqualTo(Problem.LIBRARY_MISSING);

        Path notALibrary = Files.writeString(dir.resolve("readme.so"), "not a shared library");
        assertThat(problem(() -> Pkcs11Keys.open(notALibrary.toString(), 0, token.pin())))
                .isEqualTo(Problem.LIBRARY_UNUSABLE);
    }

    static Problem problem(Runnable action) {
        try {
            action.run();
        } catch (KeyAccessException e) {
            return e.problem();
        }
        throw new AssertionError("expected a KeyAccessException");
    }

    static boolean verifies(String algorithm, X509Certificate certificate, byte[] data, byte[] signature)
            throws Exception {
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(certificate);
        verifier.update(data);
        return verifier.verify(signature);
    }

    static String pem(List<X509Certificate> certificates) {
        StringBuilder pem = new StringBuilder();
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (X509Certificate certificate : certificates) {
            try {
                pem.append("-----BEGIN CERTIFICATE-----\n").append(base64.encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return pem.toString();
    }
}
