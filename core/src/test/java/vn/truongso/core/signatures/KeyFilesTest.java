package vn.truongso.core.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.truongso.core.signatures.Pkcs11KeysTest.problem;
import static vn.truongso.core.signatures.Pkcs11KeysTest.verifies;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.core.signatures.KeyAccessException.Problem;
import vn.truongso.core.testing.TestCa;

/** PKCS#12 key files, as a school seal's key arrives from a CA for the server to sign with. */
class KeyFilesTest {
    private static final String PASSWORD = "Mật-khẩu-2026";
    private static final byte[] DOCUMENT = "Học bạ số".getBytes(StandardCharsets.UTF_8);
    private final TestCa ca = new TestCa();

    @TempDir
    Path dir;

    @Test
    void aKeyFileOnDiskGivesAKeyThatSignsWithItsWholeChain() throws Exception {
        KeyPair keys = TestCa.rsaKeyPair();
        List<X509Certificate> chain = ca.chainOf(ca.issueOrganisation("Trường THPT Bắc Hà", keys.getPublic()));
        Path file = write("seal.p12", keyStore("seal", keys.getPrivate(), chain));

        SigningKey key;
        try (InputStream in = Files.newInputStream(file)) {
            key = KeyFiles.load(in, PASSWORD.toCharArray());
        }
        assertThat(key.chain()).isEqualTo(chain);
        assertThat(key.provider()).isEmpty();
        assertThat(verifies("SHA256withRSA", key.certificate(), DOCUMENT, KeySigning.sign(key, DOCUMENT))).isTrue();
    }

    @Test
    void aKeyFileListsItsKeysAndGivesTheOneNamed() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        KeyPair principal = TestCa.ecKeyPair();
        KeyPair seal = TestCa.ecKeyPair();
        store.setKeyEntry("principal", principal.getPrivate(), PASSWORD.toCharArray(),
                ca.chainOf(ca.issuePerson("Nguyễn Thị Hoa", principal.getPublic())).toArray(X509Certificate[]::new));
        store.setKeyEntry("seal", seal.getPrivate(), PASSWORD.toCharArray(),
                ca.chainOf(ca.issueOrganisation("Trường THPT Bắc Hà", seal.getPublic())).toArray(X509Certificate[]::new));
        byte[] file = bytes(store);

        assertThat(KeyFiles.keys(in(file), PASSWORD.toCharArray())).extracting(KeyEntry::alias)
                .containsExactlyInAnyOrder("principal", "seal");
        assertThatThrownBy(() -> KeyFiles.load(in(file), PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(KeyAccessException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.NO_SUCH_KEY))
                .hasMessageContaining("principal").hasMessageContaining("seal");
        SigningKey key = KeyFiles.load(in(file), PASSWORD.toCharArray(), "seal");
        assertThat(key.certificate().getPublicKey()).isEqualTo(seal.getPublic());
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(DOCUMENT);
        assertThat(verifies("SHA256withECDSA", key.certificate(), DOCUMENT, KeySigning.signDigest(key, digest)))
                .isTrue();
    }

    @Test
    void aWrongPasswordIsRefusedClearlyAndThePasswordIsWiped() throws Exception {
        KeyPair keys = TestCa.ecKeyPair();
        byte[] file = bytes(keyStore("seal", keys.getPrivate(), ca.chainOf(ca.issuePerson("A", keys.getPublic()))));
        char[] wrong = "mat-khau-sai".toCharArray();
        assertThat(problem(() -> KeyFiles.load(in(file), wrong))).isEqualTo(Problem.WRONG_PASSWORD);
        assertThat(wrong).containsOnly('\0');
        char[] right = PASSWORD.toCharArray();
        KeyFiles.load(in(file), right);
        assertThat(right).containsOnly('\0');
    }

    @Test
    void aFileThatIsNotAKeyFileSaysSo() {
        byte[] text = "-----BEGIN CERTIFICATE-----\nnot really\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(problem(() -> KeyFiles.load(in(text), PASSWORD.toCharArray()))).isEqualTo(Problem.NOT_A_KEY_FILE);
    }

    @Test
    void aFileWithCertificatesOnlyHoldsNoKey() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("root", ca.root());
        byte[] file = bytes(store);
        assertThat(problem(() -> KeyFiles.load(in(file), PASSWORD.toCharArray()))).isEqualTo(Problem.NO_KEY);
    }

    @Test
    void aKeyWithoutItsCertificateCannotSign() throws Exception {
        // Java's key store refuses to write a key without a chain; Bouncy Castle writes one as OpenSSL would.
        char[] password = PASSWORD.toCharArray();
        var bc = new BouncyCastleProvider();
        var encryptor = new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
                .setProvider(bc).build(password);
        var mac = new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256).setProvider(bc);
        byte[] file = new PKCS12PfxPduBuilder()
                .addData(new JcaPKCS12SafeBagBuilder(TestCa.ecKeyPair().getPrivate(), encryptor).build())
                .build(mac, password)
                .getEncoded(ASN1Encoding.DL);

        KeyStore asJavaReadsIt = KeyStore.getInstance("PKCS12");
        asJavaReadsIt.load(in(file), password);
        assertThat(asJavaReadsIt.getKey("1", password)).as("a sound file, only the certificate missing").isNotNull();
        assertThat(problem(() -> KeyFiles.load(in(file), PASSWORD.toCharArray())))
                .isEqualTo(Problem.KEY_WITHOUT_CERTIFICATE);
    }

    private static KeyStore keyStore(String alias, PrivateKey key, List<X509Certificate> chain) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, key, PASSWORD.toCharArray(), chain.toArray(X509Certificate[]::new));
        return store;
    }

    private static byte[] bytes(KeyStore store) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        store.store(out, PASSWORD.toCharArray());
        return out.toByteArray();
    }

    private Path write(String name, KeyStore store) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

}
