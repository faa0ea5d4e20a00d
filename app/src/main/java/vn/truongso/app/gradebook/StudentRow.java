package vn.truongso.app.gradebook;

import java.util.Map;
import java.util.UUID;
import vn.truongso.core.grading.AssessmentValue;

/** One student's cells in a term gradebook; a missing key means the cell is empty. */
public record StudentRow(UUID studentId, int rollNumber, String fullName, String studentCode,
                         Map<ColumnKey, AssessmentValue> cells) {

    public StudentRow {
        cells = Map.copyOf(cells);
    }
}
