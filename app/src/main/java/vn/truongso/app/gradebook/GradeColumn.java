package vn.truongso.app.gradebook;

/** A column of the grid: the fixed ones, an editable assessment column (with its key), or an average column. */
public record GradeColumn(Kind kind, ColumnKey key) {

    public enum Kind { ROLL, NAME, ASSESSMENT, TERM_AVERAGE, TERM_ONE_AVERAGE, TERM_TWO_AVERAGE, YEAR_AVERAGE }

    public static GradeColumn of(Kind kind) {
        return new GradeColumn(kind, null);
    }

    public static GradeColumn assessment(ColumnKey key) {
        return new GradeColumn(Kind.ASSESSMENT, key);
    }

    public boolean isAssessment() {
        return kind == Kind.ASSESSMENT;
    }
}
