package vn.truongso.server.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrolmentCodesTest {

    @Test
    void aCodeIsFourGroupsOfFourWithoutLookAlikes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = EnrolmentCodes.newCode();
            assertThat(code).matches("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}");
            codes.add(code);
        }
        assertThat(codes).hasSize(200);
        assertThat(EnrolmentCodes.ALPHABET).doesNotContain("0", "O", "1", "I").hasSize(32);
    }

    @Test
    void aCodeMatchesHoweverItIsTyped() {
        String stored = EnrolmentCodes.hash(EnrolmentCodes.normalise("7KQ2-MX4D-9HTP-3WZC"));

        assertThat(EnrolmentCodes.hash(EnrolmentCodes.normalise("7kq2 mx4d 9htp 3wzc"))).isEqualTo(stored);
        assertThat(EnrolmentCodes.hash(EnrolmentCodes.normalise("7KQ2MX4D9HTP3WZC"))).isEqualTo(stored);
        assertThat(stored).hasSize(64).doesNotContain("7KQ2");
    }
}
