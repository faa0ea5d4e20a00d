package vn.truongso.app.gradebook;

import vn.truongso.app.i18n.I18n;
import vn.truongso.core.grading.CellInput;

/** Says in the user's language why a cell was refused, naming the cell: "TX2 của Nguyễn Văn An: điểm phải …". */
final class RefusalText {
    private RefusalText() {}

    static String of(I18n i18n, SaveOutcome.RefusedCell cell, String studentName) {
        String label = new ColumnKey(cell.key().kind(), cell.key().seq()).label();
        return i18n.get("gradebook.cellMessage", label, studentName, reason(i18n, cell));
    }

    private static String reason(I18n i18n, SaveOutcome.RefusedCell cell) {
        CellInput.Problem problem = cell.problem();
        if (cell.reason() == SaveOutcome.RefusalReason.INVALID_INPUT && problem != null) {
            return i18n.get("refusal.problem." + problem.name());
        }
        return i18n.get("refusal.reason." + cell.reason().name());
    }
}
