package vn.truongso.app.gradebook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.truongso.app.common.StatusModel;
import vn.truongso.app.i18n.I18n;

/**
 * Shows a save's outcome: saved cells get their value and their row its new average, with "Đã lưu …" in the status
 * bar; refused cells keep the typed text, marked refused, and the status bar says why, naming the cell.
 */
final class SaveFeedback {
    private final I18n i18n;
    private final StatusModel status;

    SaveFeedback(I18n i18n, StatusModel status) {
        this.i18n = i18n;
        this.status = status;
    }

    /** True when everything was saved. {@code block}: a paste or a multi-cell clear, reported as a count. */
    boolean apply(SaveOutcome outcome, boolean block, List<GradeRow> rows, GradebookRef ref) {
        if (outcome instanceof SaveOutcome.Saved saved) {
            showSaved(saved.cells(), block, rows, ref);
            return true;
        }
        showRefused(((SaveOutcome.Refused) outcome).cells(), block, rows);
        return false;
    }

    private void showSaved(List<SaveOutcome.SavedCell> cells, boolean block, List<GradeRow> rows, GradebookRef ref) {
        Map<UUID, GradeRow> touched = new HashMap<>();
        for (SaveOutcome.SavedCell cell : cells) {
            GradeRow row = rowOf(rows, cell.key().studentId());
            row.showSaved(column(cell.key()), cell.value(), i18n.locale());
            touched.put(row.studentId(), row);
        }
        touched.values().forEach(row -> GridContent.showTermAverage(row, ref, i18n.locale()));
        if (block) {
            status.info(i18n.get("save.savedBlock", cells.size()));
        } else if (!cells.isEmpty()) {
            CellKey key = cells.get(0).key();
            status.info(i18n.get("save.savedCell", column(key).label(), rowOf(rows, key.studentId()).fullName()));
        }
    }

    private void showRefused(List<SaveOutcome.RefusedCell> cells, boolean block, List<GradeRow> rows) {
        for (SaveOutcome.RefusedCell cell : cells) {
            rowOf(rows, cell.key().studentId()).showRefused(column(cell.key()),
                    cell.typedText() == null ? "" : cell.typedText());
        }
        SaveOutcome.RefusedCell first = cells.get(0);
        String reason = RefusalText.of(i18n, first, rowOf(rows, first.key().studentId()).fullName());
        status.error(block ? i18n.get("paste.refused", cells.size(), reason) : reason);
    }

    private static ColumnKey column(CellKey key) {
        return new ColumnKey(key.kind(), key.seq());
    }

    private static GradeRow rowOf(List<GradeRow> rows, UUID studentId) {
        return rows.stream().filter(r -> r.studentId().equals(studentId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("student not in grid: " + studentId));
    }
}
