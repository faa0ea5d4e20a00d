package vn.truongso.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HlcTest {
    @Test
    void aLocalEventNeverGoesBackWhenTheClockDoes() {
        Hlc first = Hlc.ZERO.tick(5_000);
        Hlc second = first.tick(4_000);

        assertThat(second).isGreaterThan(first);
        assertThat(second).isEqualTo(new Hlc(5_000, 1));
    }

    @Test
    void receivingARemoteReadingMovesPastBoth() {
        Hlc local = new Hlc(5_000, 3);
        Hlc remote = new Hlc(5_000, 7);

        assertThat(local.receive(remote, 4_000)).isEqualTo(new Hlc(5_000, 8));
        assertThat(local.receive(new Hlc(6_000, 2), 4_000)).isEqualTo(new Hlc(6_000, 3));
        assertThat(local.receive(remote, 9_000)).isEqualTo(new Hlc(9_000, 0));
    }

    @Test
    void textFormRoundTripsAndBadTextIsRefused() {
        Hlc reading = new Hlc(1_763_870_400_000L, 12);

        assertThat(reading.toString()).isEqualTo("1763870400000-0012");
        assertThat(Hlc.parse(reading.toString())).isEqualTo(reading);
        assertThatThrownBy(() -> Hlc.parse("yesterday")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hlc.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
