package vn.truongso.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.truongso.core.sync.Head;
import vn.truongso.core.sync.ProtocolJson;
import vn.truongso.core.sync.RowState;

class StoredRowStateTest {
    private static final UUID CREATED = UUID.fromString("01a20988-99fb-73af-8e42-ee04d46af51f");
    private static final UUID EDITED = UUID.fromString("01a20988-99fb-7d2f-b57e-0cd4f6d5c6e6");
    private static final UUID CONCURRENT = UUID.fromString("01a20988-99fb-7415-a852-6d2082e417fb");
    private static final UUID PC_A = UUID.fromString("0b6f6c2e-6b1e-4f55-9a2e-3f1f0a1d2c3b");
    private static final UUID PC_B = UUID.fromString("1c7a7d3f-7c2f-4a66-8b3f-4a2a1b2e3d4c");
    private static final UUID TEACHER = UUID.fromString("2d8b8e4a-8d3a-4b77-9c4a-5b3b2c3f4e5d");

    /** A grade made by one change, its score then edited on two PCs at once (a conflict), one of them a delete. */
    private static RowState grade() {
        return new RowState(Map.of(
                "student_id", List.of(head(CREATED, "9e1f0d1c-1111-4222-8333-944455566677", false, "1700000000000-0", PC_A)),
                "kind", List.of(head(CREATED, "TX", false, "1700000000000-0", PC_A)),
                "seq", List.of(head(CREATED, "1", false, "1700000000000-0", PC_A)),
                "note", List.of(head(CREATED, "say \"hi\" — Đạt\n", false, "1700000000000-0", PC_A)),
                "score", List.of(head(EDITED, "8.5", false, "1700000001000-2", PC_A),
                        head(CONCURRENT, null, true, "1700000000500-0", PC_B))));
    }

    private static Head head(UUID version, String value, boolean tombstone, String hlc, UUID device) {
        return new Head(version, value, tombstone, hlc, device, TEACHER);
    }

    @Test
    void aStateReadsBackEqualHeadForHead() {
        RowState state = grade();

        RowState back = StoredRowState.read(StoredRowState.write(state));

        assertThat(back).isEqualTo(state);
        assertThat(back.fields()).isEqualTo(state.fields());
        assertThat(back.conflictedFields()).containsExactly("score");
    }

    @Test
    void eachChangesFactsAreStoredOnce() {
        RowState madeByOneChange = new RowState(Map.of(
                "student_id", List.of(head(CREATED, "9e1f0d1c-1111-4222-8333-944455566677", false, "1700000000000-0", PC_A)),
                "subject_id", List.of(head(CREATED, "8d0e9c0b-2222-4333-9444-a55566677788", false, "1700000000000-0", PC_A)),
                "kind", List.of(head(CREATED, "TX", false, "1700000000000-0", PC_A)),
                "seq", List.of(head(CREATED, "1", false, "1700000000000-0", PC_A)),
                "score", List.of(head(CREATED, "8.5", false, "1700000000000-0", PC_A))));

        String stored = StoredRowState.write(madeByOneChange);

        assertThat(stored).containsOnlyOnce(CREATED.toString()).containsOnlyOnce("1700000000000-0");
        assertThat(stored.length()).isLessThan(ProtocolJson.write(madeByOneChange).length() / 2);
        assertThat(StoredRowState.write(grade())).containsOnlyOnce(CREATED.toString());
    }

    @Test
    void aStateStoredBeforeInTheWireFormIsReadAsItIs() {
        RowState state = grade();

        assertThat(StoredRowState.read(ProtocolJson.write(state))).isEqualTo(state);
        assertThat(StoredRowState.read(StoredRowState.write(RowState.EMPTY))).isEqualTo(RowState.EMPTY);
    }
}
