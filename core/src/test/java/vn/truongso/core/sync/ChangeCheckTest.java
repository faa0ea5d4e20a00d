package vn.truongso.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangeCheckTest {
    private static final UUID ID = UUID.fromString("0193a1b2-0000-7000-8000-000000000001");

    private static Change assessment(Map<String, FieldEdit> fields) {
        return Change.edit(ID, "assessment", ID, fields, new Hlc(1, 0), ID, 1, ID);
    }

    @Test
    void aWellFormedGradeEditPasses() {
        Change change = assessment(Map.of("score", new FieldEdit("8.5", List.of())));

        assertThat(ChangeCheck.shapeProblems(change)).isEmpty();
        assertThat(ChangeCheck.valueProblems(change, false)).isEmpty();
    }

    @Test
    void unknownEntitiesAndFieldsAreNamed() {
        Change unknownEntity = new Change(ID, "salary", ID, null, false, "1-0", ID, 1, ID, null);
        Change unknownField = assessment(Map.of("bonus", new FieldEdit("1", List.of())));

        assertThat(ChangeCheck.shapeProblems(unknownEntity)).anyMatch(p -> p.contains("unknown entity 'salary'"));
        assertThat(ChangeCheck.shapeProblems(unknownField)).containsExactly("unknown field 'bonus' of assessment");
    }

    @Test
    void badValuesAndMissingRequiredFieldsAreNamed() {
        Change bad = assessment(Map.of("score", new FieldEdit("11", List.of()), "seq", new FieldEdit("x", List.of())));

        assertThat(ChangeCheck.valueProblems(bad, false))
                .containsExactlyInAnyOrder("score: not a score from 0 to 10 with one decimal", "seq: not a whole number");
        assertThat(ChangeCheck.valueProblems(assessment(Map.of("score", new FieldEdit("8.25", List.of()))), false))
                .hasSize(1);
        assertThat(ChangeCheck.valueProblems(assessment(Map.of("score", new FieldEdit("8", List.of()))), true))
                .contains("a new assessment needs student_id", "a new assessment needs term_id");
    }
}
