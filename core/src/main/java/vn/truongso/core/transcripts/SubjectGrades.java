package vn.truongso.core.transcripts;

import java.util.Objects;

import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.school.Subject;

/**
 * Everything the gradebook holds about one subject of one student in one year, as the builder's input.
 *
 * @param periodsPerYear the class's periods for the subject, which set how many regular assessments count
 * @param reAssessment   the summer re-assessment result (Art. 13), {@code null} if none
 * @param teacherName    the subject teacher, printed as the row's confirmation
 */
public record SubjectGrades(Subject subject, int periodsPerYear, TermGrades termOne, TermGrades termTwo,
                            AssessmentValue reAssessment, String teacherName) {
    public SubjectGrades {
        Objects.requireNonNull(subject, "subject");
        if (periodsPerYear <= 0) {
            throw new IllegalArgumentException("periods per year must be positive: " + periodsPerYear);
        }
        termOne = Objects.requireNonNullElse(termOne, TermGrades.NONE);
        termTwo = Objects.requireNonNullElse(termTwo, TermGrades.NONE);
    }
}
