package vn.truongso.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MergeTest {
    private static final UUID ROW = UUID.fromString("0193a1b2-0000-7000-8000-000000000001");
    private static final UUID PC_A = UUID.fromString("0193a1b2-0000-7000-8000-00000000000a");
    private static final UUID PC_B = UUID.fromString("0193a1b2-0000-7000-8000-00000000000b");
    private static final UUID TEACHER = UUID.fromString("0193a1b2-0000-7000-8000-0000000000aa");
    private int seq;

    private Change edit(UUID device, String field, String value, List<UUID> base) {
        return Change.edit(UUID.randomUUID(), "assessment", ROW, Map.of(field, new FieldEdit(value, base)),
                new Hlc(1_763_870_400_000L, seq), device, ++seq, TEACHER);
    }

    @Test
    void anEditBasedOnTheCurrentValueFastForwards() {
        Change first = edit(PC_A, "score", "7", List.of());
        RowState state = Merge.apply(RowState.EMPTY, first);
        Change second = edit(PC_B, "score", "8.5", state.versions("score"));

        RowState after = Merge.apply(state, second);

        assertThat(after.value("score")).contains("8.5");
        assertThat(after.heads("score")).hasSize(1);
        assertThat(after.conflictedFields()).isEmpty();
    }

    @Test
    void concurrentEditsOfOneValueAreBothKeptAsAConflictWithTheSameWinnerInEitherOrder() {
        RowState base = Merge.apply(RowState.EMPTY, edit(PC_A, "score", "7", List.of()));
        Change fromA = edit(PC_A, "score", "8", base.versions("score"));
        Change fromB = edit(PC_B, "score", "9", base.versions("score"));

        RowState ab = Merge.apply(Merge.apply(base, fromA), fromB);
        RowState ba = Merge.apply(Merge.apply(base, fromB), fromA);

        assertThat(ab).isEqualTo(ba);
        assertThat(ab.conflictedFields()).containsExactly("score");
        assertThat(ab.heads("score")).extracting(Head::value).containsExactlyInAnyOrder("8", "9");
    }

    @Test
    void aResolutionBasedOnEveryHeadEndsTheConflict() {
        RowState base = Merge.apply(RowState.EMPTY, edit(PC_A, "score", "7", List.of()));
        RowState conflict = Merge.applyAll(base, List.of(edit(PC_A, "score", "8", base.versions("score")),
                edit(PC_B, "score", "9", base.versions("score"))));

        RowState resolved = Merge.apply(conflict, edit(PC_B, "score", "8", conflict.versions("score")));

        assertThat(resolved.conflictedFields()).isEmpty();
        assertThat(resolved.value("score")).contains("8");
    }

    @Test
    void editsOfDifferentFieldsOfOneRowBothWin() {
        RowState base = Merge.apply(RowState.EMPTY, edit(PC_A, "score", "7", List.of()));
        RowState merged = Merge.applyAll(base, List.of(edit(PC_A, "score", "8", base.versions("score")),
                edit(PC_B, "rating", null, List.of())));

        assertThat(merged.value("score")).contains("8");
        assertThat(merged.conflictedFields()).isEmpty();
    }

    @Test
    void twoPcsTypingTheSameValueOfflineIsNoConflict() {
        RowState merged = Merge.applyAll(RowState.EMPTY, List.of(edit(PC_A, "score", "9", List.of()),
                edit(PC_B, "score", "9", List.of())));

        assertThat(merged.heads("score")).hasSize(2);
        assertThat(merged.conflictedFields()).isEmpty();
        assertThat(merged.value("score")).contains("9");
    }

    @Test
    void anEditConcurrentWithADeleteKeepsTheRowAliveAndShowsTheConflict() {
        RowState base = Merge.apply(RowState.EMPTY, edit(PC_A, "score", "7", List.of()));
        Change delete = Change.deletion(UUID.randomUUID(), "assessment", ROW,
                Map.of("score", new FieldEdit(null, base.versions("score"))), new Hlc(1, 0), PC_A, ++seq, TEACHER);
        Change concurrentEdit = edit(PC_B, "score", "6", base.versions("score"));

        RowState merged = Merge.applyAll(base, List.of(delete, concurrentEdit));

        assertThat(merged.isAlive()).isTrue();
        assertThat(merged.conflictedFields()).containsExactly("score");
        assertThat(merged.heads("score")).anyMatch(Head::tombstone);
        assertThat(Merge.applyAll(base, List.of(concurrentEdit, delete))).isEqualTo(merged);
    }

    @Test
    void aDeleteBasedOnEverythingLeavesAVersionedTombstone() {
        RowState base = Merge.apply(RowState.EMPTY, edit(PC_A, "score", "7", List.of()));
        Change delete = Change.deletion(UUID.randomUUID(), "assessment", ROW,
                Map.of("score", new FieldEdit(null, base.versions("score"))), new Hlc(1, 0), PC_A, ++seq, TEACHER);

        RowState deleted = Merge.apply(base, delete);

        assertThat(deleted.isAlive()).isFalse();
        assertThat(deleted.heads("score")).singleElement().satisfies(head -> {
            assertThat(head.tombstone()).isTrue();
            assertThat(head.version()).isEqualTo(delete.id());
        });
    }

    @Test
    void applyingAChangeTwiceChangesNothing() {
        Change first = edit(PC_A, "score", "7", List.of());
        RowState once = Merge.apply(RowState.EMPTY, first);

        assertThat(Merge.apply(once, first)).isEqualTo(once);
    }

    @Test
    void theWinnerOfAConflictDoesNotDependOnClocks() {
        RowState base = Merge.apply(RowState.EMPTY, edit(PC_A, "score", "7", List.of()));
        UUID idA = UUID.randomUUID();
        UUID idB = UUID.randomUUID();
        Map<String, FieldEdit> toEight = Map.of("score", new FieldEdit("8", base.versions("score")));
        Map<String, FieldEdit> toNine = Map.of("score", new FieldEdit("9", base.versions("score")));
        Hlc now = new Hlc(1_763_870_400_000L, 0);
        Hlc yearAhead = new Hlc(1_763_870_400_000L + 366L * 86_400_000L, 0);

        RowState trueClocks = Merge.applyAll(base, List.of(Change.edit(idA, "assessment", ROW, toEight, now, PC_A, 1, TEACHER),
                Change.edit(idB, "assessment", ROW, toNine, now, PC_B, 1, TEACHER)));
        RowState skewed = Merge.applyAll(base, List.of(Change.edit(idA, "assessment", ROW, toEight, now, PC_A, 1, TEACHER),
                Change.edit(idB, "assessment", ROW, toNine, yearAhead, PC_B, 1, TEACHER)));

        assertThat(skewed.value("score")).isEqualTo(trueClocks.value("score"));
    }
}
