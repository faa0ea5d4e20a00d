package vn.truongso.core.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** What one gradebook cell holds: a score 0–10 with at most one decimal, or a comment rating Đ / CĐ. */
public sealed interface AssessmentValue permits AssessmentValue.Score, AssessmentValue.Rating {

    /** The text a teacher would type to get this value back; also how the value is stored in history. */
    String text();

    record Score(BigDecimal value) implements AssessmentValue {
        public static final BigDecimal MAX = BigDecimal.TEN;

        public Score {
            Objects.requireNonNull(value, "value");
            if (value.signum() < 0 || value.compareTo(MAX) > 0) {
                throw new IllegalArgumentException("score out of range 0–10: " + value);
            }
            if (value.stripTrailingZeros().scale() > 1) {
                throw new IllegalArgumentException("score has more than one decimal: " + value);
            }
            // One canonical scale so that 8 and 8.0 are equal values.
            value = value.setScale(1, RoundingMode.UNNECESSARY);
        }

        public static Score of(String plain) {
            return new Score(new BigDecimal(plain));
        }

        @Override
        public String text() {
            return value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                    : value.toPlainString();
        }
    }

    /** Đạt / Chưa đạt, for comment-assessed subjects (Circular 22, Art. 5). */
    enum Rating implements AssessmentValue {
        PASS("Đ"),
        FAIL("CĐ");

        private final String text;

        Rating(String text) {
            this.text = text;
        }

        @Override
        public String text() {
            return text;
        }
    }
}
