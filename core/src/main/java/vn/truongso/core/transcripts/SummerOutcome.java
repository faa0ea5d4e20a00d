package vn.truongso.core.transcripts;

import java.util.Objects;

import vn.truongso.core.grading.Level;
import vn.truongso.core.grading.Promotion.Decision;

/**
 * What the summer changed (Circular 22, Art. 13–14): the conduct re-rating after summer conduct training, the
 * learning result recomputed after re-assessment, and the decision taken then: promoted or repeat, or — after
 * conduct training, when learning is still Chưa đạt — re-assessment, whose outcome is not known yet.
 *
 * @param conductReRating           {@code null} when the student had no conduct training
 * @param learningAfterReAssessment {@code null} when the student was not re-assessed
 */
public record SummerOutcome(Level conductReRating, Level learningAfterReAssessment, Decision decision) {
    public SummerOutcome {
        Objects.requireNonNull(decision, "decision");
        if (decision == Decision.SUMMER_CONDUCT_TRAINING) {
            throw new IllegalArgumentException("conduct training happens once; the summer cannot end in it again");
        }
        if (decision == Decision.RE_ASSESSMENT && learningAfterReAssessment != null) {
            throw new IllegalArgumentException("after re-assessment a student is promoted or repeats");
        }
    }
}
