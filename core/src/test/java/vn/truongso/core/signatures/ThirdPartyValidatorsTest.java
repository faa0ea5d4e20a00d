package vn.truongso.core.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.core.signatures.pades.ByteRanges;
import vn.truongso.core.signatures.pki.Certificates;
import vn.truongso.core.signatures.pki.KeyAlgorithm;
import vn.truongso.core.signatures.verify.Verdict;

/**
 * Validators we did not write agree with ours (DESIGN §5): poppler's pdfsig (NSS) on the PDF, OpenSSL on the
 * extracted CMS and time-stamp token — including that one flipped byte anywhere in the signed ranges breaks both.
 */
class ThirdPartyValidatorsTest {
    private static TestPki school;
    private static byte[] signed;

    @TempDir
    Path folder;

    @BeforeAll
    static void signOnce() {
        school = TestPki.create(KeyAlgorithm.RSA_2048);
        signed = SignedTranscripts.principalThenSeal(school);
    }

    @Test
    void pdfsigSaysBothSignaturesAreValid() throws IOException {
        String output = ExternalTools.pdfsig(write("signed.pdf", signed)).output();

        assertThat(output).contains("Signature #1").contains("Signature #2")
                .contains("Signer Certificate Common Name: Nguyễn Thị Hoa")
                .contains("Signature Type: ETSI.CAdES.detached");
        assertThat(signatureBlocks(output)).hasSize(2)
                .allSatisfy(block -> assertThat(block).contains("Signature Validation: Signature is Valid."));
    }

    @Test
    void oneFlippedByteInTheSignedRangesBreaksTheSignatureForUsAndForPdfsig() throws IOException {
        long[] range = byteRanges(signed).get(1); // the seal's: it covers the principal's too
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int sealRevision = (int) range[1] - 4000;
        List<Integer> positions = List.of(
                text.indexOf("%PDF-1.") + 7,                         // the header's version digit
                text.indexOf("stream", text.indexOf("/FlateDecode")) + 40, // inside the page's compressed content
                text.indexOf("/M (D:", sealRevision) + 10,             // the seal's signing time (its signature dictionary)
                text.indexOf("/Reason", sealRevision) + 12);           // the seal's reason
        for (int position : positions) {
            assertThat(position).as("a position to flip").isBetween(0, (int) (range[2] + range[3]) - 1);
            assertThat(position < range[1] || position >= range[2]).as("inside the signed ranges").isTrue();
            byte[] tampered = signed.clone();
            tampered[position] ^= 0x01;

            assertThat(SignedTranscripts.verify(tampered, school).verdict()).as("ours, byte " + position)
                    .isEqualTo(Verdict.INVALID);
            String pdfsig = ExternalTools.pdfsig(write("tampered-" + position + ".pdf", tampered)).output();
            List<String> blocks = signatureBlocks(pdfsig);
            assertThat(blocks).as("pdfsig still reads the signatures, byte " + position + ":\n" + pdfsig)
                    .hasSize(2);
            assertThat(blocks.get(1)).as("pdfsig, byte " + position).doesNotContain("Signature is Valid");
        }
    }

    @Test
    void opensslVerifiesEachExtractedCmsAgainstTheSchoolRoot() throws IOException {
        Path root = Files.writeString(folder.resolve("root.pem"), Certificates.toPem(school.pki().root()));
        List<long[]> ranges = byteRanges(signed);
        for (int i = 0; i < ranges.size(); i++) {
            Path cms = write("cms-" + i + ".der", cms(signed, ranges.get(i)));
            Path content = write("content-" + i + ".bin", ByteRanges.covered(signed, ranges.get(i)));

            // No -purpose: the signing certificates pass OpenSSL's default S/MIME signing checks as they are.
            ExternalTools.Result result = ExternalTools.openssl("cms", "-verify", "-binary", "-inform", "DER",
                    "-in", cms.toString(), "-content", content.toString(), "-CAfile", root.toString(),
                    "-out", folder.resolve("out-" + i).toString());

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("Verification successful");
        }
    }

    @Test
    void opensslRefusesTheCmsOverTamperedContent() throws IOException {
        Path root = Files.writeString(folder.resolve("root.pem"), Certificates.toPem(school.pki().root()));
        long[] range = byteRanges(signed).getFirst();
        byte[] content = ByteRanges.covered(signed, range);
        content[content.length / 2] ^= 0x01;

        ExternalTools.Result result = ExternalTools.openssl("cms", "-verify", "-binary", "-inform", "DER",
                "-in", write("cms.der", cms(signed, range)).toString(), "-content", write("c.bin", content).toString(),
                "-CAfile", root.toString(), "-out", folder.resolve("out").toString());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("Verification failure");
    }

    @Test
    void opensslVerifiesTheSignatureTimeStamp() throws Exception {
        Path root = Files.writeString(folder.resolve("root.pem"), Certificates.toPem(school.pki().root()));
        SignerInformation signer = new CMSSignedData(cms(signed, byteRanges(signed).getFirst())).getSignerInfos()
                .getSigners().iterator().next();
        byte[] token = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)
                .getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded();

        // ts -verify checks the imprint (SHA-256 of the signature value), the token's signature, the chain, and
        // that the TSA certificate's one extended key usage is a critical id-kp-timeStamping.
        ExternalTools.Result result = ExternalTools.openssl("ts", "-verify", "-data",
                write("signature-value.bin", signer.getSignature()).toString(), "-in",
                write("token.der", token).toString(), "-token_in", "-CAfile", root.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Verification: OK");
        assertThat(Instant.now()).isAfter(school.now());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    /** The CMS in /Contents without its zero padding: exactly one DER object. */
    static byte[] cms(byte[] pdf, long[] range) throws IOException {
        return ASN1Primitive.fromByteArray(trimmed(ByteRanges.contents(pdf, range))).getEncoded();
    }

    private static byte[] trimmed(byte[] contents) throws IOException {
        try (var in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
            return in.readObject().getEncoded();
        }
    }

    static List<long[]> byteRanges(byte[] pdf) throws IOException {
        List<long[]> ranges = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getSignatureDictionaries().forEach(signature -> {
                int[] range = signature.getByteRange();
                ranges.add(new long[] {range[0], range[1], range[2], range[3]});
            });
        }
        return ranges;
    }

    /** pdfsig's output cut into one block per signature. */
    private static List<String> signatureBlocks(String output) {
        List<String> blocks = new ArrayList<>(List.of(output.split("Signature #\\d+:")));
        blocks.removeFirst();
        return blocks;
    }
}
