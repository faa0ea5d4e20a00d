package vn.truongso.core.transcripts;

import vn.truongso.core.grading.PrimaryYearResult.SubjectRating;

/**
 * One subject or activity of a primary year (Circular 27): the end-of-year level T / H / C, the end-of-year
 * periodic test score for tested subjects, and the teacher's remarks.
 *
 * @param testScore whole number 0–10, {@code null} for subjects without a periodic test
 */
public record PrimarySubjectResult(String code, String name, SubjectRating rating, Integer testScore,
                                   String remarks) {
    public PrimarySubjectResult {
        code = Texts.required(code, "code");
        name = Texts.required(name, "name");
        if (testScore != null && (testScore < 0 || testScore > 10)) {
            throw new IllegalArgumentException(code + ": test score out of range 0–10: " + testScore);
        }
        remarks = Texts.optionalParagraphs(remarks);
    }
}
