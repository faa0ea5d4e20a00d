package vn.truongso.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The fixture finds its token where C_GetSlotList puts it, whatever slot id SoftHSM2 drew. */
class SoftHsmTokenTest {

    @Test
    void theTokensIndexIsItsPlaceInTheSlotList() {
        String showSlots = """
                Available slots:
                Slot 307030179
                    Slot info:
                        Description:      SoftHSM slot ID 0x124ce8a3
                    Token info:
                        Label:            another-token
                Slot 2094273598
                    Token info:
                        Label:            truongso-signer
                Slot 2
                    Token info:
                        Initialized:      no
                        Label:
                """;
        assertThat(SoftHsmToken.slotListIndex(showSlots)).isEqualTo(1);
        assertThatThrownBy(() -> SoftHsmToken.slotListIndex("Available slots:\n"))
                .hasMessageContaining("not in softhsm2-util's slot list");
    }
}
