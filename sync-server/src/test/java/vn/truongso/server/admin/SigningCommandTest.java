package vn.truongso.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.truongso.core.signatures.pades.LongTermSigner;
import vn.truongso.core.signatures.pades.SignatureRequest;
import vn.truongso.core.signatures.pki.Certificates;
import vn.truongso.core.signatures.pki.KeyAlgorithm;
import vn.truongso.core.signatures.pki.SchoolSigningPki;
import vn.truongso.core.signatures.tsa.TimeStampAuthority;
import vn.truongso.server.admin.AdminCliTest.Run;
import vn.truongso.server.signing.OnePagePdf;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.TestConfigs;

/**
 * {@code signing …} and {@code verify …} as an operator types them: a school created with its signing PKI, its root
 * exported, a signed file verified offline against it, and a non-VALID file making the command fail.
 */
class SigningCommandTest {
    private static Path dir;
    private static String config;

    @BeforeAll
    static void server() throws Exception {
        dir = TestConfigs.newTempDir();
        config = AdminCliTest.writeConfig(dir, TestConfigs.fresh(DatabaseKind.H2, dir)).toString();
    }

    @Test
    void aSchoolGetsItsSigningPkiAtCreationAndExportsItsRootAndCrl() throws Exception {
        Run created = AdminCliTest.run("school", "create", "--code", "BH-SIGN", "--name", "Trường THPT Bắc Hà",
                "--signing-algorithm", "EC_P256", "--config", config);
        Run principal = AdminCliTest.run("signing", "principal", "--school", "BH-SIGN", "--name", "Phạm Thu Hà",
                "--config", config);
        Run root = AdminCliTest.run("signing", "root", "--school", "BH-SIGN", "--config", config);
        Run again = AdminCliTest.run("signing", "init", "--school", "BH-SIGN", "--config", config);
        String serial = principal.out().replaceAll("(?s).*serial ([0-9a-f]+).*", "$1").strip();
        Run revoked = AdminCliTest.run("signing", "revoke", "--school", "BH-SIGN", "--serial", serial,
                "--config", config);
        Run crl = AdminCliTest.run("signing", "crl", "--school", "BH-SIGN", "--config", config);

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("Created its document-signing PKI (EC_P256)");
        assertThat(principal.exitCode()).as(principal.err()).isZero();
        X509Certificate rootCertificate = Certificates.read(root.out().getBytes()).getFirst();
        assertThat(Certificates.isSelfSigned(rootCertificate)).isTrue();
        assertThat(Certificates.organisation(rootCertificate)).isEqualTo("Trường THPT Bắc Hà");
        assertThat(again.exitCode()).isEqualTo(AdminCli.BAD_INPUT);
        assertThat(again.err()).contains("already has a signing PKI");
        assertThat(revoked.exitCode()).as(revoked.err()).isZero();
        var list = Certificates.readCrl(crl.out().getBytes());
        list.verify(rootCertificate.getPublicKey());
        assertThat(list.getRevokedCertificates()).hasSize(1);
    }

    @Test
    void verifyPrintsAReportPerFileAndFailsWhenOneIsNotValid() throws Exception {
        SchoolSigningPki pki = SchoolSigningPki.create("Trường THCS Sa Pa", "SAPA", Optional.empty(),
                KeyAlgorithm.EC_P256, Instant.now());
        Instant now = Instant.now();
        TimeStampAuthority tsa = new TimeStampAuthority(pki.tsa(), TimeStampAuthority.inMemorySerials(now), () -> now);
        LongTermSigner signer = new LongTermSigner(tsa, pki.tsa().chain(),
                () -> List.of(pki.ca().orElseThrow().crl(List.of(), 1, now)));
        byte[] signed = signer.sign(OnePagePdf.create("Giấy chứng nhận"), pki.seal(),
                SignatureRequest.invisible(now, "Đóng dấu", "Sa Pa"));
        Path good = Files.write(dir.resolve("good.pdf"), signed);
        byte[] tampered = signed.clone();
        tampered[tampered.length / 3] ^= 1;
        Path bad = Files.write(dir.resolve("bad.pdf"), tampered);
        Path root = Files.writeString(dir.resolve("root.pem"), Certificates.toPem(pki.root()));
        Path otherRoot = Files.writeString(dir.resolve("other.pem"), Certificates.toPem(SchoolSigningPki.create(
                "Khác", "OTHER", Optional.empty(), KeyAlgorithm.EC_P256, now).root()));

        Run valid = AdminCliTest.run("verify", good.toString(), "--trust", root.toString());
        Run oneBad = AdminCliTest.run("verify", good.toString(), bad.toString(), "--trust", root.toString());
        Run untrusted = AdminCliTest.run("verify", good.toString(), "--trust", otherRoot.toString());
        Run noTrust = AdminCliTest.run("verify", good.toString());
        Run missingRoot = AdminCliTest.run("verify", good.toString(), "--trust", dir.resolve("nope.pem").toString());

        assertThat(valid.exitCode()).as(valid.out() + valid.err()).isZero();
        assertThat(valid.out()).startsWith(good + ": VALID").contains("signer: Trường THCS Sa Pa")
                .contains("PAdES B-LT");
        assertThat(oneBad.exitCode()).isEqualTo(VerifyCommand.NOT_VALID);
        assertThat(oneBad.out()).contains(good + ": VALID").contains(bad + ": INVALID");
        assertThat(untrusted.exitCode()).isEqualTo(VerifyCommand.NOT_VALID);
        assertThat(untrusted.out()).contains(": UNTRUSTED").contains("does not chain to a trusted root");
        assertThat(noTrust.exitCode()).isEqualTo(AdminCli.BAD_INPUT);
        assertThat(missingRoot.exitCode()).isEqualTo(AdminCli.BAD_INPUT);
        assertThat(missingRoot.err()).contains("nope.pem");
    }
}
