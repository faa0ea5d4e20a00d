package vn.truongso.app.gradebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.core.grading.AssessmentMode;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.grading.AssessmentValue.Rating;
import vn.truongso.core.grading.AssessmentValue.Score;
import vn.truongso.core.grading.CommentSubjects;
import vn.truongso.core.grading.Computation;
import vn.truongso.core.grading.RegularAssessments;
import vn.truongso.core.grading.SubjectAverages;

/**
 * The average columns of the gradebook (ĐTBmhk, ĐTBmcn; Circular 22, Art. 9.1): the app's one door to core's rules
 * ({@link SubjectAverages}, {@link CommentSubjects}). Not computable (a required assessment missing) gives empty,
 * never 0.
 */
public final class AverageColumn {
    private AverageColumn() {}

    public static int requiredRegular(AssessmentMode mode, int periodsPerYear) {
        return RegularAssessments.requiredPerTerm(periodsPerYear, mode);
    }

    /** ĐTBmhk for a scored subject, or the term's Đ/CĐ for a comment subject. */
    public static Optional<AssessmentValue> term(GradebookRef ref, Map<ColumnKey, AssessmentValue> cells) {
        return present(termComputation(ref, cells));
    }

    /** ĐTBmcn = (I + 2·II) / 3 from the rounded term averages; for a comment subject the year result is term II's. */
    public static Optional<AssessmentValue> year(Optional<AssessmentValue> one, Optional<AssessmentValue> two) {
        if (two.isPresent() && two.get() instanceof Rating) {
            return two;
        }
        if (one.orElse(null) instanceof Score first && two.orElse(null) instanceof Score second) {
            return Optional.of(new Score(SubjectAverages.yearAverage(first.value(), second.value())));
        }
        return Optional.empty();
    }

    private static Computation<? extends AssessmentValue> termComputation(GradebookRef ref,
                                                                       Map<ColumnKey, AssessmentValue> cells) {
        int required = requiredRegular(ref.mode(), ref.periodsPerYear());
        AssessmentValue mid = cells.get(new ColumnKey(AssessmentKind.GK, 1));
        AssessmentValue end = cells.get(new ColumnKey(AssessmentKind.CK, 1));
        if (ref.mode() == AssessmentMode.COMMENT) {
            return CommentSubjects.termResult(regular(cells, Rating.class), as(mid, Rating.class),
                    as(end, Rating.class), required);
        }
        Computation<BigDecimal> average = SubjectAverages.termAverage(regular(cells, Score.class),
                as(mid, Score.class), as(end, Score.class), required);
        return average.map(Score::new);
    }

    /** TX1..TXn in column order, null for an empty column (or a value of the wrong kind). */
    private static <T extends AssessmentValue> List<T> regular(Map<ColumnKey, AssessmentValue> cells, Class<T> type) {
        int last = cells.keySet().stream().filter(k -> k.kind() == AssessmentKind.TX)
                .mapToInt(ColumnKey::seq).max().orElse(0);
        List<T> values = new ArrayList<>();
        for (int seq = 1; seq <= last; seq++) {
            values.add(as(cells.get(new ColumnKey(AssessmentKind.TX, seq)), type));
        }
        return values;
    }

    private static <T extends AssessmentValue> T as(AssessmentValue value, Class<T> type) {
        return type.isInstance(value) ? type.cast(value) : null;
    }

    private static Optional<AssessmentValue> present(Computation<? extends AssessmentValue> computation) {
        return computation instanceof Computation.Computed<? extends AssessmentValue> computed
                ? Optional.of(computed.value()) : Optional.empty();
    }
}
