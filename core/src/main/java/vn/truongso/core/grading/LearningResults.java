package vn.truongso.core.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.truongso.core.grading.AssessmentValue.Rating;

/**
 * Circular 22, Art. 9.2 and 9.3: a student's learning result for a term (from term averages) or the year (from
 * year averages).
 */
public final class LearningResults {
    private static final BigDecimal EIGHT = new BigDecimal("8.0");
    private static final BigDecimal SIX_FIVE = new BigDecimal("6.5");
    private static final BigDecimal FIVE = new BigDecimal("5.0");
    private static final BigDecimal THREE_FIVE = new BigDecimal("3.5");
    /** "At least 6 subjects" in every row of the Art. 9.2 table. */
    private static final int SUBJECT_COUNT = 6;

    private LearningResults() {}

    /** With the readings adopted in {@link GradingReadings#DEFAULT}. */
    public static Level evaluate(List<BigDecimal> scoredSubjectAverages, List<Rating> commentSubjectResults) {
        return evaluate(scoredSubjectAverages, commentSubjectResults, GradingReadings.DEFAULT);
    }

    /** The Art. 9.2 level, then the Art. 9.3 adjustment when one single subject pulled it down two levels or more. */
    public static Level evaluate(List<BigDecimal> scoredSubjectAverages, List<Rating> commentSubjectResults,
                                 GradingReadings readings) {
        Objects.requireNonNull(readings, "readings");
        List<BigDecimal> scores = List.copyOf(scoredSubjectAverages);
        List<Rating> ratings = List.copyOf(commentSubjectResults);
        Level computed = byTable(scores, ratings);
        Level withoutOne = bestWithoutOneSubject(scores, ratings);
        // Art. 9.3 protects only students who would otherwise reach Tốt or Khá (the levels of 9.2 a and b).
        if (withoutOne.isAtLeast(Level.FAIR) && computed.stepsBelow(withoutOne) >= 2) {
            return switch (readings.singleSubjectRaise()) {
                case ONE_LEVEL_FROM_COMPUTED -> computed.oneHigher();
                case ONE_BELOW_LEVEL_WITHOUT_THE_SUBJECT -> withoutOne.oneLower();
            };
        }
        return computed;
    }

    /** With the readings adopted in {@link GradingReadings#DEFAULT}. */
    public static Computation<Level> evaluate(Map<String, Computation<BigDecimal>> scoredSubjectAverages,
                                              Map<String, Computation<Rating>> commentSubjectResults) {
        return evaluate(scoredSubjectAverages, commentSubjectResults, GradingReadings.DEFAULT);
    }

    /**
     * The same from results that may not be computable yet, keyed by subject (iteration order gives the order
     * of the missing labels). Any subject not computable makes the whole result not
     * computable; the missing labels carry the subject keys ("TOAN/CK").
     */
    public static Computation<Level> evaluate(Map<String, Computation<BigDecimal>> scoredSubjectAverages,
                                              Map<String, Computation<Rating>> commentSubjectResults,
                                              GradingReadings readings) {
        List<BigDecimal> scores = new ArrayList<>();
        List<Rating> ratings = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        collect(scoredSubjectAverages, scores, missing);
        collect(commentSubjectResults, ratings, missing);
        if (!missing.isEmpty()) {
            return Computation.missing(missing);
        }
        return Computation.computed(evaluate(scores, ratings, readings));
    }

    /** The plain Art. 9.2 table, first row that holds, without the 9.3 adjustment. */
    public static Level byTable(List<BigDecimal> scores, List<Rating> ratings) {
        long commentFails = ratings.stream().filter(r -> Objects.requireNonNull(r, "rating") == Rating.FAIL).count();
        boolean allPass = commentFails == 0;
        if (allPass && allAtLeast(scores, SIX_FIVE) && countAtLeast(scores, EIGHT) >= SUBJECT_COUNT) {
            return Level.GOOD;
        }
        if (allPass && allAtLeast(scores, FIVE) && countAtLeast(scores, SIX_FIVE) >= SUBJECT_COUNT) {
            return Level.FAIR;
        }
        if (commentFails <= 1 && countAtLeast(scores, FIVE) >= SUBJECT_COUNT && allAtLeast(scores, THREE_FIVE)) {
            return Level.PASS;
        }
        return Level.FAIL;
    }

    /**
     * The best table level reachable by taking away the shortfall of one subject. Taking a subject away is the
     * same as lifting it to exactly the floor of the Tốt or Khá row (6.5 or 5.0, or Đạt): it then meets "all ≥"
     * but adds nothing to "at least 6 ≥", which is how those two rows treat a subject that merely passes.
     */
    private static Level bestWithoutOneSubject(List<BigDecimal> scores, List<Rating> ratings) {
        Level best = Level.FAIL;
        for (int i = 0; i < scores.size(); i++) {
            List<BigDecimal> others = new ArrayList<>(scores);
            others.remove(i);
            best = better(best, byTable(others, ratings));
        }
        for (int i = 0; i < ratings.size(); i++) {
            List<Rating> others = new ArrayList<>(ratings);
            others.remove(i);
            best = better(best, byTable(scores, others));
        }
        return best;
    }

    private static Level better(Level a, Level b) {
        return a.isAtLeast(b) ? a : b;
    }

    private static boolean allAtLeast(List<BigDecimal> scores, BigDecimal floor) {
        return scores.stream().allMatch(s -> s.compareTo(floor) >= 0);
    }

    private static long countAtLeast(List<BigDecimal> scores, BigDecimal floor) {
        return scores.stream().filter(s -> s.compareTo(floor) >= 0).count();
    }

    private static <T> void collect(Map<String, Computation<T>> bySubject, List<T> values, List<String> missing) {
        bySubject.forEach((subject, result) -> {
            switch (result) {
                case Computation.Computed<T> c -> values.add(c.value());
                case Computation.NotYetComputable<T> n -> missing.addAll(n.within(subject).missing());
            }
        });
    }
}
