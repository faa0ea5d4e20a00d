package vn.truongso.app.gradebook;

import java.util.List;
import java.util.Optional;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.grading.CellInput;

/** The answer to a save: every cell saved, or nothing saved and the reasons. */
public sealed interface SaveOutcome permits SaveOutcome.Saved, SaveOutcome.Refused {

    record SavedCell(CellKey key, Optional<AssessmentValue> value, long version) {}

    record Saved(List<SavedCell> cells) implements SaveOutcome {}

    /** Why one cell was refused: bad input (problem set), or a rule (term locked, not assigned). */
    record RefusedCell(CellKey key, String typedText, CellInput.Problem problem, RefusalReason reason) {}

    enum RefusalReason { INVALID_INPUT, TERM_LOCKED, NOT_ASSIGNED, UNKNOWN_CELL }

    record Refused(List<RefusedCell> cells) implements SaveOutcome {}
}
