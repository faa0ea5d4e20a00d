package vn.truongso.core.signatures.tsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.truongso.core.signatures.TestPki;
import vn.truongso.core.signatures.pki.KeyAlgorithm;

/** The RFC 3161 authority: what it grants, what it refuses, and that its serial numbers only go up. */
class TimeStampAuthorityTest {
    private static TestPki school;

    @BeforeAll
    static void pki() {
        school = TestPki.create(KeyAlgorithm.RSA_2048);
    }

    @Test
    void grantsAVerifiableTokenOverTheImprintWithTheNonceAndPolicy() throws Exception {
        byte[] imprint = MessageDigest.getInstance("SHA-256").digest("chữ ký".getBytes());
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        TimeStampRequest request = requests.generate(TSPAlgorithms.SHA256, imprint, BigInteger.valueOf(42));

        TimeStampResponse response = new TimeStampResponse(school.tsa().respond(request.getEncoded()));

        assertThat(response.getStatus()).isEqualTo(PKIStatus.GRANTED);
        response.validate(request);
        TimeStampToken token = response.getTimeStampToken();
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(school.pki().tsa().certificate()));
        assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(imprint);
        assertThat(token.getTimeStampInfo().getNonce()).isEqualTo(BigInteger.valueOf(42));
        assertThat(token.getTimeStampInfo().getPolicy()).isEqualTo(TimeStampAuthority.POLICY);
        assertThat(token.getTimeStampInfo().getGenTime().toInstant()).isEqualTo(school.now().plusSeconds(1));
        assertThat(token.getCertificates().getMatches(null)).hasSize(1);
    }

    @Test
    void serialNumbersOnlyGoUp() throws Exception {
        List<BigInteger> serials = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            byte[] token = school.tsa().stamp(new byte[32]);
            serials.add(new TimeStampToken(ContentInfo.getInstance(token)).getTimeStampInfo().getSerialNumber());
        }

        assertThat(serials).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aRequestThatIsNotDerIsRejectedWithBadDataFormat() throws Exception {
        TimeStampResponse response = new TimeStampResponse(school.tsa().respond("xin chào".getBytes()));

        assertThat(response.getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(response.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badDataFormat);
        assertThat(response.getTimeStampToken()).isNull();
    }

    @Test
    void aWeakDigestIsRejected() throws Exception {
        TimeStampRequest sha1 = new TimeStampRequestGenerator().generate(TSPAlgorithms.SHA1, new byte[20]);

        TimeStampResponse response = new TimeStampResponse(school.tsa().respond(sha1.getEncoded()));

        assertThat(response.getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(response.getFailInfo().intValue()).isEqualTo(PKIFailureInfo.badAlg);
        assertThatThrownBy(() -> TimeStampReplies.token(sha1, response.getEncoded()))
                .isInstanceOf(TimeStampException.class).hasMessageContaining("refused");
    }

    @Test
    void theTokenFitsTheRoomTheSignerReservesForIt() {
        assertThat(school.tsa().stamp(new byte[32]).length).isLessThan(school.tsa().maxTokenSize());
    }
}
