package vn.truongso.core.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Circular 22, Art. 15: the year-end titles. */
public final class Titles {
    private static final BigDecimal NINE = new BigDecimal("9.0");
    private static final int EXCELLENT_SUBJECTS = 6;

    public enum Title {
        /** Học sinh Xuất sắc. */
        EXCELLENT,
        /** Học sinh Giỏi. */
        GOOD
    }

    private Titles() {}

    /**
     * Xuất sắc: conduct Tốt, learning Tốt and at least 6 scored subjects with ĐTBmcn ≥ 9.0; Giỏi: conduct Tốt
     * and learning Tốt; otherwise none.
     */
    public static Optional<Title> award(Level yearConduct, Level yearLearning, List<BigDecimal> scoredYearAverages) {
        Objects.requireNonNull(yearConduct, "yearConduct");
        Objects.requireNonNull(yearLearning, "yearLearning");
        if (yearConduct != Level.GOOD || yearLearning != Level.GOOD) {
            return Optional.empty();
        }
        long nines = scoredYearAverages.stream().filter(a -> a.compareTo(NINE) >= 0).count();
        return Optional.of(nines >= EXCELLENT_SUBJECTS ? Title.EXCELLENT : Title.GOOD);
    }
}
