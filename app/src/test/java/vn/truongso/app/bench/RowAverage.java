package vn.truongso.app.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.truongso.app.gradebook.ColumnKey;
import vn.truongso.app.gradebook.SaveOutcome;
import vn.truongso.app.gradebook.StudentRow;
import vn.truongso.app.gradebook.TermGradebook;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.grading.Computation;
import vn.truongso.core.grading.RegularAssessments;
import vn.truongso.core.grading.SubjectAverages;

/** What the gradebook does after a save: put the saved value in the row and recompute its term average. */
final class RowAverage {
    private RowAverage() {}

    static Computation<BigDecimal> recompute(TermGradebook sheet, StudentRow row, SaveOutcome outcome) {
        Map<ColumnKey, AssessmentValue> cells = new HashMap<>(row.cells());
        if (outcome instanceof SaveOutcome.Saved saved) {
            saved.cells().forEach(c -> c.value().ifPresentOrElse(
                    v -> cells.put(new ColumnKey(c.key().kind(), c.key().seq()), v),
                    () -> cells.remove(new ColumnKey(c.key().kind(), c.key().seq()))));
        }
        List<AssessmentValue.Score> regular = new ArrayList<>();
        sheet.columns().stream().filter(c -> c.kind() == AssessmentKind.TX)
                .forEach(c -> regular.add((AssessmentValue.Score) cells.get(c)));
        return SubjectAverages.termAverage(regular, (AssessmentValue.Score) cells.get(new ColumnKey(AssessmentKind.GK, 1)),
                (AssessmentValue.Score) cells.get(new ColumnKey(AssessmentKind.CK, 1)),
                RegularAssessments.requiredPerTerm(sheet.ref().periodsPerYear(), sheet.ref().mode()));
    }
}
