package vn.truongso.core.transcripts;

import java.util.Objects;

import vn.truongso.core.grading.AssessmentMode;
import vn.truongso.core.grading.AssessmentValue;

/**
 * One subject's row in a secondary year: term and year results as Circular 22 gives them — the average (ĐTBmhk,
 * ĐTBmcn) for a scored subject, Đạt / Chưa đạt for a comment-only one. A result not yet computable is {@code null}
 * and prints blank: a transcript never shows a guessed value.
 *
 * @param afterReAssessment the year result after the summer re-assessment (Art. 13), when the subject was re-assessed
 * @param teacherName       the subject teacher who confirms the row, when known
 */
public record SubjectResult(String code, String name, AssessmentMode mode, AssessmentValue termOne,
                            AssessmentValue termTwo, AssessmentValue year, AssessmentValue afterReAssessment,
                            String teacherName) {
    public SubjectResult {
        code = Texts.required(code, "code");
        name = Texts.required(name, "name");
        Objects.requireNonNull(mode, "mode");
        for (AssessmentValue value : new AssessmentValue[] {termOne, termTwo, year, afterReAssessment}) {
            if (value != null && mismatches(mode, value)) {
                throw new IllegalArgumentException(code + ": a " + mode + " subject cannot hold " + value.text());
            }
        }
        teacherName = Texts.optional(teacherName);
    }

    private static boolean mismatches(AssessmentMode mode, AssessmentValue value) {
        return (mode == AssessmentMode.SCORE) != (value instanceof AssessmentValue.Score);
    }

    /** The year result that counts: after re-assessment when there was one. */
    public AssessmentValue finalYear() {
        return afterReAssessment != null ? afterReAssessment : year;
    }
}
