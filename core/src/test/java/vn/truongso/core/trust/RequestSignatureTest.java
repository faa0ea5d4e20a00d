package vn.truongso.core.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

class RequestSignatureTest {
    private static final byte[] BODY = "{\"changes\":[]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void canonicalStringIsTheProtocolsSixLines() {
        RequestSignature request = RequestSignature.of(2, "GET", "/v2/pull?after=5&limit=100", 1763870400000L,
                "tok", new byte[0]);

        assertThat(new String(request.canonicalBytes(), StandardCharsets.UTF_8)).isEqualTo(
                "2\nGET\n/v2/pull?after=5&limit=100\n1763870400000\ntok\n"
                        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void targetHasAQuestionMarkOnlyWithAQuery() {
        assertThat(RequestSignature.target("/v2/push", null)).isEqualTo("/v2/push");
        assertThat(RequestSignature.target("/v2/push", "")).isEqualTo("/v2/push");
        assertThat(RequestSignature.target("/v2/pull", "after=1")).isEqualTo("/v2/pull?after=1");
    }

    @Test
    void aSignatureVerifiesWithTheKeyThatMadeItAndNothingElse() throws Exception {
        KeyPair device = ecKeyPair();
        KeyPair other = ecKeyPair();
        RequestSignature request = RequestSignature.of(2, "POST", "/v2/push", 1L, "tok", BODY);

        byte[] signature = request.sign(device.getPrivate());

        assertThat(request.verify(device.getPublic(), signature)).isTrue();
        assertThat(request.verify(other.getPublic(), signature)).isFalse();
        assertThat(RequestSignature.of(2, "POST", "/v2/push", 1L, "tok", new byte[] {1})
                .verify(device.getPublic(), signature)).as("another body").isFalse();
        assertThat(RequestSignature.of(2, "POST", "/v2/push", 1L, "tok2", BODY)
                .verify(device.getPublic(), signature)).as("another token").isFalse();
        assertThat(RequestSignature.of(1, "POST", "/v2/push", 1L, "tok", BODY)
                .verify(device.getPublic(), signature)).as("another protocol").isFalse();
        assertThat(request.verify(device.getPublic(), new byte[] {1, 2, 3})).as("garbage").isFalse();
    }

    @Test
    void aValueWithANewlineCouldForgeAnotherLineAndIsRefused() {
        assertThatThrownBy(() -> RequestSignature.of(2, "GET", "/v2/pull\n1", 1L, "tok", BODY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestSignature.of(2, "GET", "/v2/pull", 1L, "a\rb", BODY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static KeyPair ecKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }
}
