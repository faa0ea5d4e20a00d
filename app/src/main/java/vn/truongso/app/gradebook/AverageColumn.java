package vn.truongso.app.gradebook;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.core.grading.AssessmentMode;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.grading.AssessmentValue.Rating;
import vn.truongso.core.grading.AssessmentValue.Score;

/**
 * The average columns of the gradebook (ĐTBmhk, ĐTBmcn; Circular 22, Art. 9.1). The app's only place that computes
 * them: a temporary implementation until core's {@code vn.truongso.core.grading.SubjectAverages} lands, then this
 * class just delegates. Not computable (a required assessment missing) gives empty, never 0.
 */
public final class AverageColumn {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);

    private AverageColumn() {}

    /** Circular 22, Art. 6: regular assessments per term by the subject's periods per year; comment subjects 2. */
    public static int requiredRegular(AssessmentMode mode, int periodsPerYear) {
        if (mode == AssessmentMode.COMMENT || periodsPerYear <= 35) {
            return 2;
        }
        return periodsPerYear <= 70 ? 3 : 4;
    }

    /** ĐTBmhk for a scored subject, or the term's Đ/CĐ for a comment subject. */
    public static Optional<AssessmentValue> term(GradebookRef ref, Map<ColumnKey, AssessmentValue> cells) {
        List<AssessmentValue> regular = new ArrayList<>();
        cells.forEach((key, value) -> {
            if (key.kind() == AssessmentKind.TX) {
                regular.add(value);
            }
        });
        AssessmentValue mid = cells.get(new ColumnKey(AssessmentKind.GK, 1));
        AssessmentValue end = cells.get(new ColumnKey(AssessmentKind.CK, 1));
        if (mid == null || end == null || regular.size() < requiredRegular(ref.mode(), ref.periodsPerYear())) {
            return Optional.empty();
        }
        return ref.mode() == AssessmentMode.COMMENT
                ? termRating(regular, mid, end)
                : termScore(regular, mid, end);
    }

    /** ĐTBmcn = (I + 2·II) / 3 from the rounded term averages; for a comment subject the year result is term II's. */
    public static Optional<AssessmentValue> year(Optional<AssessmentValue> one, Optional<AssessmentValue> two) {
        if (two.isPresent() && two.get() instanceof Rating) {
            return two;
        }
        if (one.isEmpty() || two.isEmpty() || !(one.get() instanceof Score first)
                || !(two.get() instanceof Score second)) {
            return Optional.empty();
        }
        BigDecimal sum = first.value().add(second.value().multiply(TWO));
        return Optional.of(new Score(sum.divide(THREE, 1, RoundingMode.HALF_UP)));
    }

    private static Optional<AssessmentValue> termScore(List<AssessmentValue> regular, AssessmentValue mid,
                                                       AssessmentValue end) {
        if (!(mid instanceof Score gk) || !(end instanceof Score ck)) {
            return Optional.empty();
        }
        BigDecimal sum = gk.value().multiply(TWO).add(ck.value().multiply(THREE));
        for (AssessmentValue value : regular) {
            if (!(value instanceof Score tx)) {
                return Optional.empty();
            }
            sum = sum.add(tx.value());
        }
        BigDecimal weight = BigDecimal.valueOf(regular.size() + 5L);
        return Optional.of(new Score(sum.divide(weight, 1, RoundingMode.HALF_UP)));
    }

    // Our reading (grading-vn.md): Đạt when every required assessment is present and Đạt.
    private static Optional<AssessmentValue> termRating(List<AssessmentValue> regular, AssessmentValue mid,
                                                        AssessmentValue end) {
        List<AssessmentValue> all = new ArrayList<>(regular);
        all.add(mid);
        all.add(end);
        return Optional.of(all.stream().allMatch(v -> v == Rating.PASS) ? Rating.PASS : Rating.FAIL);
    }
}
