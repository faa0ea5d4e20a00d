package vn.truongso.core.grading;

import java.util.Objects;

/**
 * Every point where the Circular leaves room for reading and we had to adopt one, in one place, so that a
 * province that reads it differently changes a value here rather than code across the rules.
 *
 * @param commentTermPolicy  how a comment-only subject's term result follows from its ratings (Art. 9.1)
 * @param singleSubjectRaise how far Art. 9.3 raises a level lowered by one single subject
 * @param maxAbsentSessions  most sessions (buổi) absent in a year, with or without permission, that still allow
 *                           promotion (Art. 12)
 */
public record GradingReadings(CommentTermPolicy commentTermPolicy, SingleSubjectRaise singleSubjectRaise,
                              int maxAbsentSessions) {

    /** The readings stated in docs/domain grading-vn.md. */
    public static final GradingReadings DEFAULT =
            new GradingReadings(CommentTermPolicy.ALL_REQUIRED_PRESENT_AND_PASS, SingleSubjectRaise.ONE_LEVEL_FROM_COMPUTED, 45);

    public GradingReadings {
        Objects.requireNonNull(commentTermPolicy, "commentTermPolicy");
        Objects.requireNonNull(singleSubjectRaise, "singleSubjectRaise");
        if (maxAbsentSessions < 0) {
            throw new IllegalArgumentException("maxAbsentSessions must not be negative: " + maxAbsentSessions);
        }
    }

    public GradingReadings withCommentTermPolicy(CommentTermPolicy policy) {
        return new GradingReadings(policy, singleSubjectRaise, maxAbsentSessions);
    }

    public GradingReadings withSingleSubjectRaise(SingleSubjectRaise raise) {
        return new GradingReadings(commentTermPolicy, raise, maxAbsentSessions);
    }

    public GradingReadings withMaxAbsentSessions(int sessions) {
        return new GradingReadings(commentTermPolicy, singleSubjectRaise, sessions);
    }

    /** Term result of a comment-only subject. Either way every required rating must be entered first. */
    public enum CommentTermPolicy {
        /** Đạt when all required ratings are present and every entered rating is Đạt (our reading). */
        ALL_REQUIRED_PRESENT_AND_PASS,
        /** Đạt when at least 2/3 of the entered ratings are Đạt and the end-of-term one is (some schools). */
        TWO_THIRDS_PASS_INCLUDING_END_OF_TERM
    }

    /** Art. 9.3 says "raised to the adjacent level" without saying adjacent to what. */
    public enum SingleSubjectRaise {
        /** One level above the level the table gave (our reading). */
        ONE_LEVEL_FROM_COMPUTED,
        /** One level below the level the student would have had without that subject's shortfall. */
        ONE_BELOW_LEVEL_WITHOUT_THE_SUBJECT
    }
}
