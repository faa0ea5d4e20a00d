package vn.truongso.core.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.truongso.core.grading.AssessmentValue.Rating;

/** Circular 22, Art. 9.1: term and year results of comment-only subjects (Đạt / Chưa đạt). */
public final class CommentSubjects {
    private CommentSubjects() {}

    /** With the readings adopted in {@link GradingReadings#DEFAULT}. */
    public static Computation<Rating> termResult(List<Rating> regular, Rating midterm, Rating endOfTerm,
                                                 int requiredRegular) {
        return termResult(regular, midterm, endOfTerm, requiredRegular, GradingReadings.DEFAULT);
    }

    /**
     * The term result from the regular, mid-term and end-of-term ratings. A {@code null} element or argument is a
     * rating not yet entered. Whatever the policy, the result waits until every required rating is entered: a
     * missing rating is neither Đạt nor Chưa đạt, and a make-up may still come.
     */
    public static Computation<Rating> termResult(List<Rating> regular, Rating midterm, Rating endOfTerm,
                                                 int requiredRegular, GradingReadings readings) {
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(readings, "readings");
        if (requiredRegular < 1) {
            throw new IllegalArgumentException("requiredRegular must be at least 1: " + requiredRegular);
        }
        List<Rating> entered = new ArrayList<>(regular.stream().filter(Objects::nonNull).toList());
        List<String> missing = MissingColumns.of(regular, requiredRegular, midterm == null, endOfTerm == null);
        if (!missing.isEmpty()) {
            return Computation.missing(missing);
        }
        entered.add(midterm);
        entered.add(endOfTerm);
        long passes = entered.stream().filter(r -> r == Rating.PASS).count();
        boolean pass = switch (readings.commentTermPolicy()) {
            case ALL_REQUIRED_PRESENT_AND_PASS -> passes == entered.size();
            // Compare 3·passes with 2·total: exact, no fractions.
            case TWO_THIRDS_PASS_INCLUDING_END_OF_TERM -> endOfTerm == Rating.PASS && 3 * passes >= 2L * entered.size();
        };
        return Computation.computed(pass ? Rating.PASS : Rating.FAIL);
    }

    /** The year result of a comment-only subject is its term II result (Art. 9.1); term I does not enter it. */
    public static Computation<Rating> yearResult(Computation<Rating> termTwo) {
        return switch (termTwo) {
            case Computation.Computed<Rating> c -> c;
            case Computation.NotYetComputable<Rating> n -> n.within("HK2");
        };
    }
}
