package vn.truongso.app.gradebook;

import java.util.List;

/** Both terms of a year side by side, for the year view (ĐTBmhk I, ĐTBmhk II, ĐTBmcn). Read-only. */
public record YearGradebook(GradebookRef ref, TermGradebook termOne, TermGradebook termTwo) {

    public List<StudentRow> rowsOfTerm(int number) {
        return (number == 1 ? termOne : termTwo).rows();
    }
}
