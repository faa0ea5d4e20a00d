package vn.truongso.core.grading;

/** Circular 22, Art. 6: how many regular assessments (ĐĐGtx) a subject needs per term. */
public final class RegularAssessments {
    private RegularAssessments() {}

    /**
     * By periods per year for scored subjects (≤ 35 → 2, 36–70 → 3, > 70 → 4); comment-only subjects always 2.
     * Periods come from the class's subject data, not from constants, because schools adjust them.
     */
    public static int requiredPerTerm(int periodsPerYear, AssessmentMode mode) {
        if (periodsPerYear <= 0) {
            throw new IllegalArgumentException("periods per year must be positive: " + periodsPerYear);
        }
        if (mode == AssessmentMode.COMMENT) {
            return 2;
        }
        if (periodsPerYear <= 35) {
            return 2;
        }
        return periodsPerYear <= 70 ? 3 : 4;
    }
}
