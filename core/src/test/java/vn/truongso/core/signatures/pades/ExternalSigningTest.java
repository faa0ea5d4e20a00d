package vn.truongso.core.signatures.pades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.Security;
import java.security.Signature;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.truongso.core.signatures.SignedTranscripts;
import vn.truongso.core.signatures.SigningKey;
import vn.truongso.core.signatures.TestPdfs;
import vn.truongso.core.signatures.TestPki;
import vn.truongso.core.signatures.pki.KeyAlgorithm;
import vn.truongso.core.signatures.verify.DocumentReport;
import vn.truongso.core.signatures.verify.PadesLevel;
import vn.truongso.core.signatures.verify.Verdict;

/**
 * The split a USB token needs: the server prepares the document and what must be signed, the principal's PC signs
 * it on her token, the server embeds the value. Here the "token" is a key used only through JCA calls a PKCS#11
 * token also answers (NONEwithRSA over a DigestInfo, SHA256withRSA over the data, through a named provider).
 */
class ExternalSigningTest {
    private static TestPki school;

    @BeforeAll
    static void pki() {
        school = TestPki.create(KeyAlgorithm.RSA_2048);
    }

    @Test
    void aTokenThatSignsDigestsMakesAValidLongTermSignature() throws Exception {
        LongTermSigner signer = SignedTranscripts.signer(school);
        PreparedSignature prepared = signer.prepare(TestPdfs.transcript(), school.principal().chain(),
                SignedTranscripts.principalRequest(school));

        byte[] digestInfo = new DigestInfo(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                prepared.digestToSign()).getEncoded();
        Signature token = Signature.getInstance("NONEwithRSA");
        token.initSign(school.principal().privateKey());
        token.update(digestInfo);
        byte[] signed = signer.complete(prepared, token.sign());

        DocumentReport report = SignedTranscripts.verify(signed, school);
        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        assertThat(report.signatures().getFirst().level()).isEqualTo(PadesLevel.B_LT);
    }

    @Test
    void theKeyInHandPathSignsThroughTheKeysProvider() {
        SigningKey viaProvider = new SigningKey(school.principal().privateKey(), school.principal().chain(),
                Optional.of(Security.getProvider("SunRsaSign")));

        byte[] signed = SignedTranscripts.signer(school).sign(TestPdfs.transcript(), viaProvider,
                SignedTranscripts.principalRequest(school));

        assertThat(SignedTranscripts.verify(signed, school).verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void aSignatureValueFromAnotherKeyIsRefusedBeforeAnythingIsEmbedded() throws Exception {
        PadesSigner signer = new PadesSigner(school.tsa());
        PreparedSignature prepared = signer.prepare(TestPdfs.transcript(), school.principal().chain(),
                SignedTranscripts.principalRequest(school));
        Signature wrongKey = Signature.getInstance("SHA256withRSA");
        wrongKey.initSign(school.pki().seal().privateKey());
        wrongKey.update(prepared.dataToSign());
        byte[] wrong = wrongKey.sign();

        assertThatThrownBy(() -> signer.complete(prepared, wrong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not verify with the signer's certificate");
    }

    @Test
    void thePreparedDocumentAlreadyHoldsTheSignatureWithAnEmptyValue() {
        PreparedSignature prepared = new PadesSigner(school.tsa()).prepare(TestPdfs.transcript(),
                school.principal().chain(), SignedTranscripts.principalRequest(school));

        assertThat(prepared.byteRange()[0]).isZero();
        assertThat(prepared.byteRange()[2] + prepared.byteRange()[3]).isEqualTo(prepared.pdf().length);
        assertThat(ByteRanges.contents(prepared.pdf(), prepared.byteRange())).containsOnly(0);
        assertThat(prepared.digestToSign()).hasSize(32);
        assertThat(prepared.signerChain()).isEqualTo(List.copyOf(school.principal().chain()));
    }
}
