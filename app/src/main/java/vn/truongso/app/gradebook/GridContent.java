package vn.truongso.app.gradebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.truongso.core.grading.AssessmentValue;

/** The grid's columns and rows for a term (editable cells plus ĐTBmhk) or for the year (three averages). */
record GridContent(List<GradeColumn> columns, List<GradeRow> rows) {

    static GridContent term(TermGradebook term, Locale locale) {
        List<GradeColumn> columns = new ArrayList<>(List.of(GradeColumn.of(GradeColumn.Kind.ROLL),
                GradeColumn.of(GradeColumn.Kind.NAME)));
        term.columns().forEach(key -> columns.add(GradeColumn.assessment(key)));
        columns.add(GradeColumn.of(GradeColumn.Kind.TERM_AVERAGE));
        List<GradeRow> rows = term.rows().stream().map(r -> new GradeRow(r, term.columns(), locale)).toList();
        rows.forEach(row -> showTermAverage(row, term.ref(), locale));
        return new GridContent(columns, rows);
    }

    static GridContent year(YearGradebook year, Locale locale) {
        Map<UUID, StudentRow> second = new HashMap<>();
        year.termTwo().rows().forEach(r -> second.put(r.studentId(), r));
        List<GradeRow> rows = new ArrayList<>();
        for (StudentRow first : year.termOne().rows()) {
            GradeRow row = new GradeRow(first, List.of(), locale);
            Optional<AssessmentValue> one = AverageColumn.term(year.ref(), first.cells());
            StudentRow other = second.get(first.studentId());
            Optional<AssessmentValue> two = other == null ? Optional.empty()
                    : AverageColumn.term(year.ref(), other.cells());
            row.showAverage(GradeColumn.Kind.TERM_ONE_AVERAGE, ValueText.average(one, locale));
            row.showAverage(GradeColumn.Kind.TERM_TWO_AVERAGE, ValueText.average(two, locale));
            row.showAverage(GradeColumn.Kind.YEAR_AVERAGE, ValueText.average(AverageColumn.year(one, two), locale));
            rows.add(row);
        }
        List<GradeColumn> columns = List.of(GradeColumn.of(GradeColumn.Kind.ROLL), GradeColumn.of(GradeColumn.Kind.NAME),
                GradeColumn.of(GradeColumn.Kind.TERM_ONE_AVERAGE), GradeColumn.of(GradeColumn.Kind.TERM_TWO_AVERAGE),
                GradeColumn.of(GradeColumn.Kind.YEAR_AVERAGE));
        return new GridContent(columns, rows);
    }

    /** Recomputed from the row's saved values: right after a save, without reloading the grid. */
    static void showTermAverage(GradeRow row, GradebookRef ref, Locale locale) {
        Optional<AssessmentValue> average = AverageColumn.term(ref, row.savedValues());
        row.showAverage(GradeColumn.Kind.TERM_AVERAGE, ValueText.average(average, locale));
    }
}
