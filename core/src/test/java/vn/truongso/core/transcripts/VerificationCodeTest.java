package vn.truongso.core.transcripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.truongso.core.demo.DemoTranscripts;

class VerificationCodeTest {
    private static final Transcript T = DemoTranscripts.transcript("9A1", 2, 4);

    @Test
    void theCodeIsPrefixIdAndHashAndReadsBack() {
        VerificationCode code = VerificationCode.of(T);

        assertThat(code.text()).hasSize(84)
                .isEqualTo("HB1:" + T.document().id() + ":" + T.contentHash().base64Url());
        assertThat(VerificationCode.parse(code.text())).isEqualTo(code);
        assertThat(code.matches(T)).isTrue();
        assertThat(ContentHash.parse(code.contentHash().base64Url())).isEqualTo(T.contentHash());
    }

    @Test
    void aCodeForAnotherDocumentOrContentDoesNotMatch() {
        VerificationCode code = VerificationCode.of(T);
        Transcript reissued = T.withDocument(new DocumentInfo(UUID.randomUUID(), T.document().issuedAt(), null));

        assertThat(code.matches(reissued)).isFalse();
        assertThat(new VerificationCode(T.document().id(), reissued.contentHash()).matches(T)).isFalse();
    }

    @Test
    void malformedCodesAreRefusedWithTheReason() {
        String good = VerificationCode.of(T).text();

        for (String bad : new String[] {"", "HB2" + good.substring(3), good.substring(0, 83), good.toUpperCase(),
                good.replace(':', ';'), "https://example.invalid/" + good}) {
            assertThatThrownBy(() -> VerificationCode.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HB1:<uuid>:<hash>");
        }
    }
}
