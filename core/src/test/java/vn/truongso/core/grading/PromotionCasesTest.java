package vn.truongso.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.core.grading.Level.FAIL;
import static vn.truongso.core.grading.Level.FAIR;
import static vn.truongso.core.grading.Level.GOOD;
import static vn.truongso.core.grading.Level.PASS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import vn.truongso.core.grading.AssessmentValue.Rating;
import vn.truongso.core.grading.Promotion.Decision;
import vn.truongso.core.grading.Promotion.Round;

/**
 * Circular 22/2021, Art. 12–14, case by case: every conduct × learning pair at the end of the year, the absence
 * limit in every round, which subjects are re-assessed, and whole summers from the year results to the decision.
 */
class PromotionCasesTest {
    static final GradingReadings R = GradingReadings.DEFAULT;

    @ParameterizedTest(name = "conduct {0}, learning {1} → {2}")
    @DisplayName("Art. 12–13: all sixteen conduct × learning pairs at the end of the year, absence within the limit")
    @CsvSource({
            "GOOD,GOOD,PROMOTED", "GOOD,FAIR,PROMOTED", "GOOD,PASS,PROMOTED", "GOOD,FAIL,RE_ASSESSMENT",
            "FAIR,GOOD,PROMOTED", "FAIR,FAIR,PROMOTED", "FAIR,PASS,PROMOTED", "FAIR,FAIL,RE_ASSESSMENT",
            "PASS,GOOD,PROMOTED", "PASS,FAIR,PROMOTED", "PASS,PASS,PROMOTED", "PASS,FAIL,RE_ASSESSMENT",
            "FAIL,GOOD,SUMMER_CONDUCT_TRAINING", "FAIL,FAIR,SUMMER_CONDUCT_TRAINING",
            "FAIL,PASS,SUMMER_CONDUCT_TRAINING", "FAIL,FAIL,SUMMER_CONDUCT_TRAINING"})
    void endOfYearTable(Level conduct, Level learning, Decision decision) {
        assertThat(Promotion.decide(conduct, learning, 45)).isEqualTo(decision);
    }

    @ParameterizedTest
    @EnumSource(Round.class)
    @DisplayName("Art. 12.1c / 14: more than 45 sessions absent, with or without permission, repeats in every round")
    void absenceOverTheLimitRepeatsWhateverTheResults(Round round) {
        for (Level conduct : Level.values()) {
            for (Level learning : Level.values()) {
                assertThat(Promotion.decide(conduct, learning, 46, round, R)).isEqualTo(Decision.REPEAT);
            }
        }
        assertThat(Promotion.decide(GOOD, GOOD, 45, round, R)).isEqualTo(Decision.PROMOTED);
    }

    @Test
    @DisplayName("Art. 13: re-assess scored subjects with ĐTBmcn < 5.0 and comment subjects rated Chưa đạt")
    void subjectsToReAssess() {
        Map<String, BigDecimal> scored = new LinkedHashMap<>();
        scored.put("Toán", new BigDecimal("4.9"));
        scored.put("Ngữ văn", new BigDecimal("5.0"));
        scored.put("Tiếng Anh", new BigDecimal("3.4"));
        scored.put("Lịch sử và Địa lí", new BigDecimal("7.2"));
        Map<String, Rating> comment = new LinkedHashMap<>();
        comment.put("Giáo dục thể chất", Rating.FAIL);
        comment.put("Nghệ thuật", Rating.PASS);
        assertThat(Promotion.subjectsToReAssess(scored, comment))
                .containsExactly("Toán", "Tiếng Anh", "Giáo dục thể chất");
        assertThat(Promotion.subjectsToReAssess(Map.of("Toán", new BigDecimal("5.00")), Map.of())).isEmpty();
    }

    /** Eight scored year averages; the first is Toán. */
    static List<BigDecimal> withMaths(String maths) {
        List<BigDecimal> scores = new ArrayList<>(List.of(new BigDecimal(maths)));
        for (String s : List.of("6.0", "5.5", "6.1", "5.2", "7.0", "5.8", "6.4")) {
            scores.add(new BigDecimal(s));
        }
        return scores;
    }

    @Test
    @DisplayName("A whole summer: learning Chưa đạt because Toán 3.0 → re-assessed 6.0 → Đạt → promoted")
    void reAssessmentPassed() {
        Level before = LearningResults.evaluate(withMaths("3.0"), List.of(Rating.PASS, Rating.PASS));
        assertThat(before).isEqualTo(FAIL);
        assertThat(Promotion.decide(FAIR, before, 10)).isEqualTo(Decision.RE_ASSESSMENT);

        Level after = LearningResults.evaluate(withMaths("6.0"), List.of(Rating.PASS, Rating.PASS));
        assertThat(after).isEqualTo(PASS);
        assertThat(Promotion.decide(FAIR, after, 10, Round.AFTER_RE_ASSESSMENT, R)).isEqualTo(Decision.PROMOTED);
    }

    @Test
    @DisplayName("A whole summer: the re-assessment still leaves Toán below 3.5 → repeats the year")
    void reAssessmentFailed() {
        Level after = LearningResults.evaluate(withMaths("3.2"), List.of(Rating.PASS, Rating.PASS));
        assertThat(after).isEqualTo(FAIL);
        assertThat(Promotion.decide(FAIR, after, 10, Round.AFTER_RE_ASSESSMENT, R)).isEqualTo(Decision.REPEAT);
    }

    @Test
    @DisplayName("Conduct and learning both Chưa đạt: training first, then re-assessment, then promoted")
    void conductTrainingThenReAssessment() {
        assertThat(Promotion.decide(FAIL, FAIL, 0)).isEqualTo(Decision.SUMMER_CONDUCT_TRAINING);
        // The re-rating after training becomes the year conduct (Art. 13).
        Level reRated = PASS;
        assertThat(Promotion.decide(reRated, FAIL, 0, Round.AFTER_CONDUCT_TRAINING, R)).isEqualTo(Decision.RE_ASSESSMENT);
        assertThat(Promotion.decide(reRated, PASS, 0, Round.AFTER_RE_ASSESSMENT, R)).isEqualTo(Decision.PROMOTED);
    }

    @Test
    @DisplayName("Conduct still Chưa đạt after the summer training → repeats, however good the learning")
    void conductTrainingFailed() {
        assertThat(Promotion.decide(FAIL, GOOD, 0, Round.AFTER_CONDUCT_TRAINING, R)).isEqualTo(Decision.REPEAT);
    }

    @Test
    @DisplayName("Art. 9.3 can save a year: one weak subject lifted from Chưa đạt to Đạt, so no summer at all")
    void singleSubjectAdjustmentAvoidsTheSummer() {
        // Good everywhere except Toán 3.0: the table gives Chưa đạt, without Toán it would be Tốt → raised to Đạt.
        List<BigDecimal> scores = new ArrayList<>(List.of(new BigDecimal("3.0")));
        for (int i = 0; i < 7; i++) {
            scores.add(new BigDecimal("8.5"));
        }
        Level learning = LearningResults.evaluate(scores, List.of(Rating.PASS));
        assertThat(learning).isEqualTo(PASS);
        assertThat(Promotion.decide(GOOD, learning, 0)).isEqualTo(Decision.PROMOTED);
    }
}
