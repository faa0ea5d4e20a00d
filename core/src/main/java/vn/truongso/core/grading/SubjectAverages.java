package vn.truongso.core.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Circular 22, Art. 9.1: term and year averages of a scored subject.
 *
 * <p>All arithmetic is exact: sums and products of one-decimal scores are exact in BigDecimal, and
 * {@link BigDecimal#divide(BigDecimal, int, RoundingMode)} rounds the exact quotient, so 62.8 / 8 = 7.85 becomes
 * 7.9 as the Circular wants (binary floating point gives 7.8).
 */
public final class SubjectAverages {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    /** Weight of GK (2) plus CK (3) in the denominator. */
    private static final int PERIODIC_WEIGHT = 5;

    private SubjectAverages() {}

    /**
     * ĐTBmhk = (ΣĐĐGtx + 2·ĐĐGgk + 3·ĐĐGck) / (number of ĐĐGtx + 5), rounded half-up to one decimal.
     *
     * @param regularScores  the regular scores in column order; a {@code null} element is an empty column.
     *                       More entered scores than required all count (a teacher may assess more often).
     * @param midterm        ĐĐGgk, {@code null} when not entered
     * @param endOfTerm      ĐĐGck, {@code null} when not entered
     * @param requiredRegular how many regular scores the subject needs ({@link RegularAssessments})
     * @return the average (scale 1), or what is missing: empty TX columns ("TX2"), "GK", "CK"
     */
    public static Computation<BigDecimal> termAverage(List<BigDecimal> regularScores, BigDecimal midterm,
                                                      BigDecimal endOfTerm, int requiredRegular) {
        Objects.requireNonNull(regularScores, "regularScores");
        if (requiredRegular < 1) {
            throw new IllegalArgumentException("requiredRegular must be at least 1: " + requiredRegular);
        }
        List<BigDecimal> present = regularScores.stream().filter(Objects::nonNull).map(SubjectAverages::checkRange).toList();
        List<String> missing = MissingColumns.of(regularScores, requiredRegular, midterm == null, endOfTerm == null);
        if (!missing.isEmpty()) {
            return Computation.missing(missing);
        }
        BigDecimal sum = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(TWO.multiply(checkRange(midterm)))
                .add(THREE.multiply(checkRange(endOfTerm)));
        BigDecimal weights = BigDecimal.valueOf(present.size() + PERIODIC_WEIGHT);
        return Computation.computed(sum.divide(weights, 1, RoundingMode.HALF_UP));
    }

    /** The same, from gradebook cell values. */
    public static Computation<BigDecimal> termAverage(List<AssessmentValue.Score> regularScores,
                                                      AssessmentValue.Score midterm, AssessmentValue.Score endOfTerm,
                                                      int requiredRegular) {
        Objects.requireNonNull(regularScores, "regularScores");
        List<BigDecimal> values = new ArrayList<>(regularScores.size());
        for (AssessmentValue.Score s : regularScores) {
            values.add(s == null ? null : s.value());
        }
        return termAverage(values, midterm == null ? null : midterm.value(),
                endOfTerm == null ? null : endOfTerm.value(), requiredRegular);
    }

    /**
     * ĐTBmcn = (ĐTBmhkI + 2·ĐTBmhkII) / 3, rounded half-up to one decimal. The Circular computes it from the
     * rounded term averages, so inputs are first rounded half-up to one decimal (a no-op for
     * {@link #termAverage} results).
     */
    public static BigDecimal yearAverage(BigDecimal termOne, BigDecimal termTwo) {
        BigDecimal one = checkRange(termOne).setScale(1, RoundingMode.HALF_UP);
        BigDecimal two = checkRange(termTwo).setScale(1, RoundingMode.HALF_UP);
        return one.add(TWO.multiply(two)).divide(THREE, 1, RoundingMode.HALF_UP);
    }

    /** The year average once both terms are computable; otherwise what each term lacks ("HK1/CK"). */
    public static Computation<BigDecimal> yearAverage(Computation<BigDecimal> termOne, Computation<BigDecimal> termTwo) {
        List<String> missing = new ArrayList<>();
        if (termOne instanceof Computation.NotYetComputable<BigDecimal> n) {
            missing.addAll(n.within("HK1").missing());
        }
        if (termTwo instanceof Computation.NotYetComputable<BigDecimal> n) {
            missing.addAll(n.within("HK2").missing());
        }
        if (!missing.isEmpty()) {
            return Computation.missing(missing);
        }
        return Computation.computed(yearAverage(((Computation.Computed<BigDecimal>) termOne).value(),
                ((Computation.Computed<BigDecimal>) termTwo).value()));
    }

    private static BigDecimal checkRange(BigDecimal score) {
        Objects.requireNonNull(score, "score");
        if (score.signum() < 0 || score.compareTo(BigDecimal.TEN) > 0) {
            throw new IllegalArgumentException("score out of range 0–10: " + score);
        }
        return score;
    }
}
