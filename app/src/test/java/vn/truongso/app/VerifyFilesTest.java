package vn.truongso.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.core.signatures.pades.LongTermSigner;
import vn.truongso.core.signatures.pades.SignatureRequest;
import vn.truongso.core.signatures.pki.Certificates;
import vn.truongso.core.signatures.pki.KeyAlgorithm;
import vn.truongso.core.signatures.pki.SchoolSigningPki;
import vn.truongso.core.signatures.tsa.TimeStampAuthority;
import vn.truongso.server.signing.OnePagePdf;

/** {@code truongso --verify}: the app's headless verifier, offline, trusting only the roots it is given. */
class VerifyFilesTest {
    @TempDir
    Path dir;

    @Test
    void reportsEachFileAndExitsNonZeroWhenOneIsNotValid() throws Exception {
        Instant now = Instant.now();
        SchoolSigningPki pki = SchoolSigningPki.create("Trường THPT Bắc Hà", "BH", Optional.empty(),
                KeyAlgorithm.EC_P256, now);
        LongTermSigner signer = new LongTermSigner(new TimeStampAuthority(pki.tsa(),
                TimeStampAuthority.inMemorySerials(now), () -> now), pki.tsa().chain(),
                () -> List.of(pki.ca().orElseThrow().crl(List.of(), 1, now)));
        byte[] signed = signer.sign(OnePagePdf.create("Học bạ số"), pki.seal(),
                SignatureRequest.invisible(now, "Đóng dấu", "Lào Cai"));
        Path good = Files.write(dir.resolve("hoc-ba.pdf"), signed);
        Path unsigned = Files.write(dir.resolve("ban-nhap.pdf"), OnePagePdf.create("Bản nháp"));
        Path root = Files.writeString(dir.resolve("root.pem"), Certificates.toPem(pki.root()));

        Output valid = run(VerifyFiles.FLAG, good.toString(), "--trust", root.toString());
        Output mixed = run(VerifyFiles.FLAG, good.toString(), unsigned.toString(), "--trust", root.toString());

        assertThat(valid.code()).as(valid.text()).isZero();
        assertThat(valid.text()).startsWith(good + ": VALID").contains("signer: Trường THPT Bắc Hà");
        assertThat(mixed.code()).isEqualTo(VerifyFiles.NOT_VALID);
        assertThat(mixed.text()).contains(unsigned + ": INVALID").contains("the document has no signature");
    }

    @Test
    void withoutARootItSaysHowToUseIt() {
        Output output = run(VerifyFiles.FLAG, "a.pdf");

        assertThat(output.code()).isEqualTo(VerifyFiles.USAGE);
        assertThat(output.text()).contains("--trust ROOT.pem");
        assertThat(VerifyFiles.requested(new String[] {"--verify", "a.pdf"})).isTrue();
        assertThat(VerifyFiles.requested(new String[] {"--self-check"})).isFalse();
    }

    private record Output(int code, String text) {}

    private static Output run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = VerifyFiles.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Output(code, bytes.toString(StandardCharsets.UTF_8));
    }
}
