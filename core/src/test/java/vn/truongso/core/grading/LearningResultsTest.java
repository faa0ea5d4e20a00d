package vn.truongso.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.truongso.core.grading.AssessmentValue.Rating;
import vn.truongso.core.grading.GradingReadings.SingleSubjectRaise;

class LearningResultsTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static List<BigDecimal> scores(int count, String value, String... others) {
        List<BigDecimal> list = new ArrayList<>(Collections.nCopies(count, d(value)));
        for (String o : others) {
            list.add(d(o));
        }
        return list;
    }

    static final List<Rating> ALL_PASS = List.of(Rating.PASS, Rating.PASS, Rating.PASS, Rating.PASS);
    static final List<Rating> ONE_FAIL = List.of(Rating.PASS, Rating.FAIL, Rating.PASS, Rating.PASS);
    static final List<Rating> TWO_FAILS = List.of(Rating.FAIL, Rating.FAIL, Rating.PASS, Rating.PASS);

    @Test
    void thresholdsAreInclusive() {
        assertThat(LearningResults.byTable(scores(6, "8.0", "6.5", "6.5"), ALL_PASS)).isEqualTo(Level.GOOD);
        assertThat(LearningResults.byTable(scores(6, "6.5", "5.0", "5.0"), ALL_PASS)).isEqualTo(Level.FAIR);
        assertThat(LearningResults.byTable(scores(6, "5.0", "3.5", "3.5"), ALL_PASS)).isEqualTo(Level.PASS);
    }

    @Test
    void justBelowEachThreshold() {
        assertThat(LearningResults.byTable(scores(6, "8.0", "6.5", "6.4"), ALL_PASS)).isEqualTo(Level.FAIR);
        assertThat(LearningResults.byTable(scores(5, "8.0", "7.9", "7.9"), ALL_PASS)).isEqualTo(Level.FAIR);
        assertThat(LearningResults.byTable(scores(5, "6.5", "6.4", "6.4"), ALL_PASS)).isEqualTo(Level.PASS);
        assertThat(LearningResults.byTable(scores(5, "5.0", "4.9", "4.9"), ALL_PASS)).isEqualTo(Level.FAIL);
    }

    @Test
    void oneCommentFailBlocksGoodAndFairButNotPass() {
        assertThat(LearningResults.byTable(scores(8, "9.0"), ONE_FAIL)).isEqualTo(Level.PASS);
        assertThat(LearningResults.byTable(scores(8, "9.0"), TWO_FAILS)).isEqualTo(Level.FAIL);
    }

    @Test
    void oneCommentFailCostingTwoLevelsIsRaised() {
        // Tốt without the CĐ, Đạt with it: raised to Khá.
        assertThat(LearningResults.evaluate(scores(8, "9.0"), ONE_FAIL)).isEqualTo(Level.FAIR);
    }

    @Test
    void twoWeakSubjectsAreNotOneSingleSubject() {
        assertThat(LearningResults.evaluate(scores(6, "8.5", "4.0", "4.0"), ALL_PASS)).isEqualTo(Level.PASS);
        assertThat(LearningResults.evaluate(scores(7, "9.0"), TWO_FAILS)).isEqualTo(Level.FAIL);
    }

    @Test
    void fallOfOneLevelIsNotRaised() {
        // Khá without the 4.0 (five ≥ 8.0 only), Đạt with it: one level, no adjustment.
        assertThat(LearningResults.evaluate(scores(5, "8.5", "7.0", "7.0", "4.0"), ALL_PASS)).isEqualTo(Level.PASS);
    }

    @Test
    void fallOfThreeLevelsUnderEachReading() {
        // Tốt without the 3.0, Chưa đạt with it (< 3.5).
        List<BigDecimal> scores = scores(7, "8.5", "3.0");
        assertThat(LearningResults.byTable(scores, ALL_PASS)).isEqualTo(Level.FAIL);
        assertThat(LearningResults.evaluate(scores, ALL_PASS)).isEqualTo(Level.PASS);
        GradingReadings other = GradingReadings.DEFAULT.withSingleSubjectRaise(SingleSubjectRaise.ONE_BELOW_LEVEL_WITHOUT_THE_SUBJECT);
        assertThat(LearningResults.evaluate(scores, ALL_PASS, other)).isEqualTo(Level.FAIR);
    }

    @Test
    void fallFromFairOfTwoLevelsIsRaised() {
        // Khá without the 3.0 (all ≥ 5, six ≥ 6.5), Chưa đạt with it: raised to Đạt.
        assertThat(LearningResults.evaluate(scores(7, "7.0", "3.0"), ALL_PASS)).isEqualTo(Level.PASS);
    }

    @Test
    void tooFewSubjectsNeverReachTheCountRows() {
        assertThat(LearningResults.evaluate(scores(5, "10"), ALL_PASS)).isEqualTo(Level.FAIL);
        assertThat(LearningResults.evaluate(List.of(), List.of())).isEqualTo(Level.FAIL);
    }

    @Test
    void computationInputsWaitForEverySubject() {
        Map<String, Computation<BigDecimal>> scored = new LinkedHashMap<>();
        for (int i = 1; i <= 7; i++) {
            scored.put("S" + i, Computation.computed(d("8.5")));
        }
        scored.put("TOAN", Computation.missing("CK"));
        Map<String, Computation<Rating>> comments = new LinkedHashMap<>();
        comments.put("GDTC", Computation.missing("TX2"));
        comments.put("NT", Computation.computed(Rating.PASS));

        Computation<Level> result = LearningResults.evaluate(scored, comments);
        assertThat(result).isEqualTo(Computation.missing("TOAN/CK", "GDTC/TX2"));

        scored.put("TOAN", Computation.computed(d("4.0")));
        comments.put("GDTC", Computation.computed(Rating.PASS));
        assertThat(LearningResults.evaluate(scored, comments)).isEqualTo(Computation.computed(Level.FAIR));
    }

    @Test
    void levelHelpers() {
        assertThat(Level.GOOD.isAtLeast(Level.FAIR)).isTrue();
        assertThat(Level.FAIL.isAtLeast(Level.PASS)).isFalse();
        assertThat(Level.GOOD.oneHigher()).isEqualTo(Level.GOOD);
        assertThat(Level.FAIL.oneHigher()).isEqualTo(Level.PASS);
        assertThat(Level.FAIL.oneLower()).isEqualTo(Level.FAIL);
        assertThat(Level.PASS.stepsBelow(Level.GOOD)).isEqualTo(2);
    }
}
