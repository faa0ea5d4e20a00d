package vn.truongso.core.grading;

import java.util.List;
import java.util.Objects;

/** Circular 27/2020 (primary, grades 1–5): the year-end result, first row of the table that holds. */
public final class PrimaryYearResult {

    /** Subject and activity ratings. */
    public enum SubjectRating {
        /** Hoàn thành tốt (T). */
        COMPLETED_WELL,
        /** Hoàn thành (H). */
        COMPLETED,
        /** Chưa hoàn thành (C). */
        NOT_COMPLETED
    }

    /** Quality and competency ratings. */
    public enum QualityRating {
        /** Tốt. */
        GOOD,
        /** Đạt. */
        PASS,
        /** Cần cố gắng. */
        NEEDS_EFFORT
    }

    public enum Result {
        /** Hoàn thành xuất sắc. */
        EXCELLENT,
        /** Hoàn thành tốt. */
        COMPLETED_WELL,
        /** Hoàn thành. */
        COMPLETED,
        /** Chưa hoàn thành. */
        NOT_COMPLETED
    }

    private PrimaryYearResult() {}

    /**
     * @param subjects            end-of-year rating of every subject and activity
     * @param qualitiesAndCompetencies end-of-year rating of every quality and competency
     * @param endOfYearTests      end-of-year periodic test scores, whole numbers 0–10 (none for grades without
     *                            tested subjects)
     */
    public static Result evaluate(List<SubjectRating> subjects, List<QualityRating> qualitiesAndCompetencies,
                                  List<Integer> endOfYearTests) {
        subjects.forEach(s -> Objects.requireNonNull(s, "subject rating"));
        qualitiesAndCompetencies.forEach(q -> Objects.requireNonNull(q, "quality rating"));
        for (Integer test : endOfYearTests) {
            if (Objects.requireNonNull(test, "test score") < 0 || test > 10) {
                throw new IllegalArgumentException("test score out of range 0–10: " + test);
            }
        }
        boolean allT = subjects.stream().allMatch(s -> s == SubjectRating.COMPLETED_WELL);
        boolean allGood = qualitiesAndCompetencies.stream().allMatch(q -> q == QualityRating.GOOD);
        if (allT && allGood && allAtLeast(endOfYearTests, 9)) {
            return Result.EXCELLENT;
        }
        if (allT && allGood && allAtLeast(endOfYearTests, 7)) {
            return Result.COMPLETED_WELL;
        }
        boolean noC = subjects.stream().noneMatch(s -> s == SubjectRating.NOT_COMPLETED);
        boolean noNeedsEffort = qualitiesAndCompetencies.stream().noneMatch(q -> q == QualityRating.NEEDS_EFFORT);
        if (noC && noNeedsEffort && allAtLeast(endOfYearTests, 5)) {
            return Result.COMPLETED;
        }
        return Result.NOT_COMPLETED;
    }

    private static boolean allAtLeast(List<Integer> tests, int floor) {
        return tests.stream().allMatch(t -> t >= floor);
    }
}
