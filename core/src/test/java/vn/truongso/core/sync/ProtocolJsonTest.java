package vn.truongso.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProtocolJsonTest {
    private static final UUID ID = UUID.fromString("0193a1b2-0000-7000-8000-000000000001");

    private static Change change() {
        return Change.edit(ID, "assessment", ID, Map.of("score", new FieldEdit("8.5", List.of()),
                "rating", new FieldEdit(null, List.of(ID))), new Hlc(1_763_870_400_000L, 3), ID, 7, ID);
    }

    @Test
    void aChangeRoundTripsExactlyWithAnEmptiedFieldKept() {
        String json = ProtocolJson.write(change());

        assertThat(json).contains("\"rating\":{\"val\":null,\"base\":[\"" + ID + "\"]}");
        assertThat(ProtocolJson.read(json, Change.class)).isEqualTo(change());
    }

    @Test
    void propertiesFromANewerVersionSurviveARoundTrip() {
        String newer = ProtocolJson.write(change()).replaceFirst("\\{", "{\"signedBy\":{\"role\":\"PRINCIPAL\"},");

        Change read = ProtocolJson.read(newer, Change.class);

        assertThat(read.extra()).containsKey("signedBy");
        assertThat(ProtocolJson.write(read)).contains("\"signedBy\":{\"role\":\"PRINCIPAL\"}");
    }

    @Test
    void aRowStateRoundTrips() {
        RowState state = Merge.apply(RowState.EMPTY, change());

        String json = ProtocolJson.write(state);

        assertThat(ProtocolJson.read(json, RowState.class)).isEqualTo(state);
    }

    @Test
    void aRowStateIsWrittenTheSameBothWays() {
        RowState conflicted = Merge.apply(Merge.apply(RowState.EMPTY, change()), Change.deletion(
                UUID.fromString("0193a1b2-0000-7000-8000-000000000002"), "assessment", ID,
                Map.of("score", new FieldEdit(null, List.of())), new Hlc(1_763_870_400_001L, 0), ID, 8, ID));

        assertThat(conflicted.heads("score")).hasSize(2);
        assertThat(ProtocolJson.writeState(conflicted)).isEqualTo(ProtocolJson.write(conflicted));
        assertThat(ProtocolJson.writeState(RowState.EMPTY)).isEqualTo(ProtocolJson.write(RowState.EMPTY));
    }

    @Test
    void wrongTypesAreRefusedWithTheReason() {
        String wrong = ProtocolJson.write(change()).replace("\"seq\":7", "\"seq\":\"seven\"");

        assertThatThrownBy(() -> ProtocolJson.read(wrong, Change.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seven");
    }
}
