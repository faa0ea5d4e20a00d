package vn.truongso.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.truongso.core.grading.Level.FAIL;
import static vn.truongso.core.grading.Level.FAIR;
import static vn.truongso.core.grading.Level.GOOD;
import static vn.truongso.core.grading.Level.PASS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.truongso.core.grading.Promotion.Decision;
import vn.truongso.core.grading.Promotion.Round;
import vn.truongso.core.grading.Titles.Title;

/** Conduct (Art. 8), promotion (Art. 12–14) and titles (Art. 15). */
class YearEndTest {

    @ParameterizedTest(name = "conduct I {0}, II {1} → year {2}")
    @CsvSource({
            "GOOD,GOOD,GOOD", "FAIR,GOOD,GOOD", "PASS,GOOD,FAIR", "FAIL,GOOD,FAIR",
            "GOOD,FAIR,FAIR", "FAIR,FAIR,FAIR", "PASS,FAIR,FAIR", "FAIL,FAIR,PASS",
            "GOOD,PASS,FAIR", "FAIR,PASS,PASS", "PASS,PASS,PASS", "FAIL,PASS,PASS",
            "GOOD,FAIL,FAIL", "FAIR,FAIL,FAIL", "PASS,FAIL,FAIL", "FAIL,FAIL,FAIL"})
    void conductTableAllSixteenCases(Level termOne, Level termTwo, Level year) {
        assertThat(Conduct.yearRating(termOne, termTwo)).isEqualTo(year);
    }

    @Test
    void conductWaitsForBothTerms() {
        assertThat(Conduct.yearRating(Computation.computed(FAIL), Computation.computed(GOOD))).isEqualTo(Computation.computed(FAIR));
        assertThat(Conduct.yearRating(Computation.computed(FAIL), Computation.missing("HK2")))
                .isEqualTo(Computation.missing("HK2"));
    }

    @Test
    void promotionAtTheEndOfTheYear() {
        assertThat(Promotion.decide(GOOD, GOOD, 0)).isEqualTo(Decision.PROMOTED);
        assertThat(Promotion.decide(PASS, FAIL, 3)).isEqualTo(Decision.RE_ASSESSMENT);
        assertThat(Promotion.decide(FAIL, GOOD, 3)).isEqualTo(Decision.SUMMER_CONDUCT_TRAINING);
        assertThat(Promotion.decide(FAIL, FAIL, 3)).isEqualTo(Decision.SUMMER_CONDUCT_TRAINING);
        assertThat(Promotion.decide(GOOD, GOOD, 46)).isEqualTo(Decision.REPEAT);
        assertThat(Promotion.decide(FAIL, FAIL, 46)).isEqualTo(Decision.REPEAT);
    }

    @Test
    void promotionAfterTheSummer() {
        GradingReadings r = GradingReadings.DEFAULT;
        assertThat(Promotion.decide(PASS, PASS, 0, Round.AFTER_CONDUCT_TRAINING, r)).isEqualTo(Decision.PROMOTED);
        assertThat(Promotion.decide(PASS, FAIL, 0, Round.AFTER_CONDUCT_TRAINING, r)).isEqualTo(Decision.RE_ASSESSMENT);
        assertThat(Promotion.decide(FAIL, PASS, 0, Round.AFTER_CONDUCT_TRAINING, r)).isEqualTo(Decision.REPEAT);
        assertThat(Promotion.decide(PASS, PASS, 0, Round.AFTER_RE_ASSESSMENT, r)).isEqualTo(Decision.PROMOTED);
        assertThat(Promotion.decide(PASS, FAIL, 0, Round.AFTER_RE_ASSESSMENT, r)).isEqualTo(Decision.REPEAT);
    }

    @Test
    void absenceLimitIsAReading() {
        GradingReadings strict = GradingReadings.DEFAULT.withMaxAbsentSessions(30);
        assertThat(Promotion.decide(GOOD, GOOD, 30, Round.END_OF_YEAR, strict)).isEqualTo(Decision.PROMOTED);
        assertThat(Promotion.decide(GOOD, GOOD, 31, Round.END_OF_YEAR, strict)).isEqualTo(Decision.REPEAT);
        assertThat(GradingReadings.DEFAULT.maxAbsentSessions()).isEqualTo(45);
        assertThatThrownBy(() -> Promotion.decide(GOOD, GOOD, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    static List<BigDecimal> averages(int nines, String rest, int restCount) {
        List<BigDecimal> list = new ArrayList<>(Collections.nCopies(nines, new BigDecimal("9.0")));
        list.addAll(Collections.nCopies(restCount, new BigDecimal(rest)));
        return list;
    }

    @Test
    void titles() {
        assertThat(Titles.award(GOOD, GOOD, averages(6, "8.9", 2))).contains(Title.EXCELLENT);
        assertThat(Titles.award(GOOD, GOOD, averages(5, "8.9", 3))).contains(Title.GOOD);
        assertThat(Titles.award(FAIR, GOOD, averages(8, "9.0", 0))).isEqualTo(Optional.empty());
        assertThat(Titles.award(GOOD, FAIR, averages(8, "9.0", 0))).isEmpty();
    }
}
