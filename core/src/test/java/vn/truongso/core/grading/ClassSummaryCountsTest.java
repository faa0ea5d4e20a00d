package vn.truongso.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.truongso.core.grading.Level.FAIL;
import static vn.truongso.core.grading.Level.FAIR;
import static vn.truongso.core.grading.Level.GOOD;
import static vn.truongso.core.grading.Level.PASS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.truongso.core.grading.ClassSummaryCounts.Outcome;
import vn.truongso.core.grading.ClassSummaryCounts.Tally;
import vn.truongso.core.grading.Promotion.Decision;
import vn.truongso.core.grading.Titles.Title;

class ClassSummaryCountsTest {

    /** The year outcome computed the way the app does, from conduct, learning, averages and absences. */
    static Outcome year(Level conduct, Level learning, int nines, int absent) {
        List<BigDecimal> averages = YearEndTest.averages(nines, "8.0", 8 - nines);
        Title title = Titles.award(conduct, learning, averages).orElse(null);
        return new Outcome(learning, conduct, title, Promotion.decide(conduct, learning, absent));
    }

    @Test
    void yearSummaryOfAClass() {
        List<Outcome> klass = List.of(
                year(GOOD, GOOD, 6, 0),    // Xuất sắc, promoted
                year(GOOD, GOOD, 2, 2),    // Giỏi, promoted
                year(FAIR, GOOD, 8, 1),    // no title: conduct only Khá
                year(PASS, PASS, 0, 45),   // promoted at the limit
                year(PASS, PASS, 0, 46),   // repeats: absence
                year(PASS, FAIL, 0, 4),    // re-assessment
                year(FAIL, PASS, 0, 3),    // summer conduct training
                new Outcome(null, GOOD, null, null)); // a grade still missing
        ClassSummaryCounts c = ClassSummaryCounts.of(klass);

        assertThat(c.students()).isEqualTo(8);
        assertThat(c.learning().counts()).containsExactly(
                Map.entry(GOOD, 3), Map.entry(FAIR, 0), Map.entry(PASS, 3), Map.entry(FAIL, 1));
        assertThat(c.learning().notYetKnown()).isEqualTo(1);
        assertThat(c.conduct().counts()).containsExactly(
                Map.entry(GOOD, 3), Map.entry(FAIR, 1), Map.entry(PASS, 3), Map.entry(FAIL, 1));
        assertThat(c.conduct().notYetKnown()).isZero();
        assertThat(c.titles().count(Title.EXCELLENT)).isEqualTo(1);
        assertThat(c.titles().count(Title.GOOD)).isEqualTo(1);
        assertThat(c.noTitle()).isEqualTo(5);
        assertThat(c.titles().notYetKnown()).isEqualTo(1);
        assertThat(c.decisions().counts()).containsExactly(
                Map.entry(Decision.PROMOTED, 4), Map.entry(Decision.RE_ASSESSMENT, 1),
                Map.entry(Decision.SUMMER_CONDUCT_TRAINING, 1), Map.entry(Decision.REPEAT, 1));
        assertThat(c.decisions().notYetKnown()).isEqualTo(1);
        assertThat(c.percent(c.decisions().count(Decision.PROMOTED))).isEqualByComparingTo("50.00");
        assertThat(c.percent(1)).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void termSummaryHasNoTitlesOrDecisions() {
        ClassSummaryCounts c = ClassSummaryCounts.of(List.of(
                new Outcome(GOOD, GOOD, null, null), new Outcome(FAIR, PASS, null, null),
                new Outcome(FAIR, null, null, null)));
        assertThat(c.learning().count(FAIR)).isEqualTo(2);
        assertThat(c.conduct().notYetKnown()).isEqualTo(1);
        assertThat(c.decisions().known()).isZero();
        assertThat(c.decisions().notYetKnown()).isEqualTo(3);
        // Before a year summary, "no title" only counts students whose inputs are all known.
        assertThat(c.noTitle()).isEqualTo(2);
        assertThat(c.titles().notYetKnown()).isEqualTo(1);
    }

    @Test
    void emptyClassHasEveryCategoryAtZero() {
        ClassSummaryCounts c = ClassSummaryCounts.of(List.of());
        assertThat(c.learning().counts()).containsOnlyKeys(Level.values()).allSatisfy((k, v) -> assertThat(v).isZero());
        assertThat(c.decisions().counts()).hasSize(Decision.values().length);
        assertThat(c.percent(0)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void percentRoundsHalfUpToTwoDecimals() {
        List<Outcome> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(new Outcome(PASS, PASS, null, Decision.PROMOTED));
        }
        ClassSummaryCounts c = ClassSummaryCounts.of(eleven);
        assertThat(c.percent(5)).isEqualTo(new BigDecimal("45.45"));
        assertThat(c.percent(1)).isEqualTo(new BigDecimal("9.09"));
        assertThat(c.percent(11)).isEqualTo(new BigDecimal("100.00"));
        assertThatThrownBy(() -> c.percent(12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.percent(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tallyRefusesNegativeCounts() {
        assertThatThrownBy(() -> new Tally<>(Map.of(GOOD, -1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tally<Level>(Map.of(), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Tally<Level>(Map.of(), 0).count(GOOD)).isZero();
    }
}
