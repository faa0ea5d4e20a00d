package vn.truongso.core.signatures.pades;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.truongso.core.signatures.SignedTranscripts;
import vn.truongso.core.signatures.TestPdfs;
import vn.truongso.core.signatures.TestPki;
import vn.truongso.core.signatures.pki.KeyAlgorithm;
import vn.truongso.core.signatures.verify.Verdict;

/**
 * What signing costs in bytes: a one-page transcript, signed by the principal and the seal, each at B-LT. /Contents
 * is reserved from a computed upper bound of the CMS, not a fixed 64 KB, so each signature adds a few kilobytes.
 */
class SignedSizeTest {
    @Test
    void aTwoSignatureLongTermTranscriptStaysSmall() {
        byte[] unsigned = TestPdfs.transcript();
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            TestPki school = TestPki.create(algorithm);
            byte[] signed = SignedTranscripts.principalThenSeal(school);

            writeForReaders(algorithm, signed);
            System.out.printf("signed size %s: unsigned %,d B, two signatures at B-LT %,d B (+%,d B)%n", algorithm,
                    unsigned.length, signed.length, signed.length - unsigned.length);
            assertThat(SignedTranscripts.verify(signed, school).verdict()).isEqualTo(Verdict.VALID);
            // Measured: RSA-2048 adds about 39 KB, ECDSA P-256 about 32.5 KB (two fonts of ~4.5 KB, two /Contents
            // of 2 × 1.1 × the CMS bound, the /DSS); a tenth more fails, so a regression shows.
            int limit = algorithm == KeyAlgorithm.EC_P256 ? 36_000 : 43_000;
            assertThat(signed.length - unsigned.length).as(algorithm + " bytes the signatures add").isLessThan(limit);
        }
    }

    /** Kept under target/ to open in a PDF reader or give to another validator. */
    private static void writeForReaders(KeyAlgorithm algorithm, byte[] signed) {
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target", "signed-transcript-" + algorithm + ".pdf"),
                    signed);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
