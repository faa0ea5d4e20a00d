package vn.truongso.core.grading;

/** Circular 22, Art. 6: how many regular assessments a subject needs per term. */
public final class RegularAssessments {
    private RegularAssessments() {}

    public static int requiredPerTerm(int periodsPerYear, AssessmentMode mode) {
        if (mode == AssessmentMode.COMMENT || periodsPerYear <= 35) {
            return 2;
        }
        return periodsPerYear <= 70 ? 3 : 4;
    }
}
