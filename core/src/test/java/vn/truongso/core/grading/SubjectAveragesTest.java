package vn.truongso.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.truongso.core.grading.AssessmentValue.Score;

class SubjectAveragesTest {

    static BigDecimal d(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static List<BigDecimal> ds(String... s) {
        return Arrays.stream(s).map(SubjectAveragesTest::d).toList();
    }

    static List<String> missing(Computation<?> c) {
        assertThat(c).isInstanceOf(Computation.NotYetComputable.class);
        return ((Computation.NotYetComputable<?>) c).missing();
    }

    @ParameterizedTest
    @CsvSource({"1,2", "35,2", "36,3", "52,3", "70,3", "71,4", "105,4", "140,4"})
    void regularAssessmentsByPeriods(int periods, int expected) {
        assertThat(RegularAssessments.requiredPerTerm(periods, AssessmentMode.SCORE)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"35", "70", "105"})
    void commentSubjectsAlwaysTwoRegular(int periods) {
        assertThat(RegularAssessments.requiredPerTerm(periods, AssessmentMode.COMMENT)).isEqualTo(2);
    }

    @Test
    void periodsMustBePositive() {
        assertThatThrownBy(() -> RegularAssessments.requiredPerTerm(0, AssessmentMode.SCORE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingMidtermIsNotZero() {
        assertThat(missing(SubjectAverages.termAverage(ds("8", "8", "8"), null, d("8"), 3))).containsExactly("GK");
    }

    @Test
    void missingEndOfTermIsNotZero() {
        assertThat(missing(SubjectAverages.termAverage(ds("8", "8", "8"), d("8"), null, 3))).containsExactly("CK");
    }

    @Test
    void tooFewRegularNamesTheColumnsNotYetOpened() {
        assertThat(missing(SubjectAverages.termAverage(ds("8"), d("8"), d("8"), 4)))
                .containsExactly("TX2", "TX3", "TX4");
    }

    @Test
    void emptyColumnsAreNamedByPosition() {
        List<BigDecimal> withGap = Arrays.asList(d("7"), null, d("9"));
        assertThat(missing(SubjectAverages.termAverage(withGap, null, null, 3))).containsExactly("TX2", "GK", "CK");
    }

    @Test
    void emptyColumnBesideEnoughScoresDoesNotBlock() {
        List<BigDecimal> withGap = Arrays.asList(d("7"), null, d("9"), d("8"));
        // (7 + 9 + 8 + 16 + 24) / 8 = 64 / 8 = 8.0
        assertThat(SubjectAverages.termAverage(withGap, d("8"), d("8"), 3)).isEqualTo(Computation.computed(d("8.0")));
    }

    @Test
    void extraRegularScoresAllCount() {
        // 5 TX where 3 are required: (5·10 + 2·0 + 3·0) / 10 = 5.0, not (3·10)/8.
        assertThat(SubjectAverages.termAverage(ds("10", "10", "10", "10", "10"), d("0"), d("0"), 3))
                .isEqualTo(Computation.computed(d("5.0")));
    }

    @Test
    void allZerosGiveZero() {
        assertThat(SubjectAverages.termAverage(ds("0", "0"), d("0"), d("0"), 2)).isEqualTo(Computation.computed(d("0.0")));
    }

    @Test
    void allTensGiveTen() {
        assertThat(SubjectAverages.termAverage(ds("10", "10", "10", "10"), d("10"), d("10"), 4))
                .isEqualTo(Computation.computed(d("10.0")));
    }

    @Test
    void exactHalfRoundsUp() {
        assertThat(SubjectAverages.termAverage(ds("7.4", "7.5", "7.5"), d("7.5"), d("7.5"), 3))
                .isEqualTo(Computation.computed(d("7.5"))); // 59.9 / 8 = 7.4875 → 7.5
        assertThat(SubjectAverages.termAverage(ds("8", "7.5", "7.4"), d("7.5"), d("7.5"), 3))
                .isEqualTo(Computation.computed(d("7.6"))); // 60.4 / 8 = 7.55 → 7.6
        assertThat(SubjectAverages.termAverage(ds("8", "7.5", "7.3"), d("7.5"), d("7.5"), 3))
                .isEqualTo(Computation.computed(d("7.5"))); // 60.3 / 8 = 7.5375 → 7.5
    }

    @Test
    void scoreOverloadGivesTheSameAsDecimals() {
        List<Score> tx = List.of(Score.of("3.4"), Score.of("10"), Score.of("4.7"));
        assertThat(SubjectAverages.termAverage(tx, Score.of("8.1"), Score.of("9.5"), 3))
                .isEqualTo(Computation.computed(d("7.9")));
        assertThat(missing(SubjectAverages.termAverage(tx, (Score) null, Score.of("9.5"), 3))).containsExactly("GK");
    }

    @Test
    void outOfRangeScoresAreRefused() {
        assertThatThrownBy(() -> SubjectAverages.termAverage(ds("11", "8"), d("8"), d("8"), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SubjectAverages.termAverage(ds("8", "8"), d("-1"), d("8"), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yearAverageAcceptsUnroundedTermsByRoundingThemFirst() {
        // (6.5 + 2·6.0)/3 = 6.1666… → 6.2; (6.4 + 2·6.0)/3 = 6.1333… → 6.1
        assertThat(SubjectAverages.yearAverage(d("6.45"), d("6.0"))).isEqualTo(d("6.2"));
        assertThat(SubjectAverages.yearAverage(d("6.44"), d("6.0"))).isEqualTo(d("6.1"));
    }

    @Test
    void yearAverageWeighsTermTwoDouble() {
        // (7.0 + 2·7.1)/3 = 7.0666… → 7.1 but (7.1 + 2·7.0)/3 = 7.0333… → 7.0
        assertThat(SubjectAverages.yearAverage(d("7.0"), d("7.1"))).isEqualTo(d("7.1"));
        assertThat(SubjectAverages.yearAverage(d("7.1"), d("7.0"))).isEqualTo(d("7.0"));
        assertThat(SubjectAverages.yearAverage(d("0"), d("10"))).isEqualTo(d("6.7"));
        assertThat(SubjectAverages.yearAverage(d("10"), d("0"))).isEqualTo(d("3.3"));
    }

    @Test
    void yearAverageWaitsForBothTerms() {
        Computation<BigDecimal> termOne = SubjectAverages.termAverage(ds("8", "8"), d("8"), null, 2);
        Computation<BigDecimal> termTwo = SubjectAverages.termAverage(ds("8"), d("8"), d("8"), 2);
        assertThat(missing(SubjectAverages.yearAverage(termOne, termTwo))).containsExactly("HK1/CK", "HK2/TX2");
        assertThat(SubjectAverages.yearAverage(Computation.computed(d("9.0")), Computation.computed(d("7.5"))))
                .isEqualTo(Computation.computed(d("8.0")));
    }

    @Test
    void computationAllCollectsEveryMissingItem() {
        Computation<List<BigDecimal>> all = Computation.all(List.of(
                Computation.computed(d("1")), Computation.<BigDecimal>missing("GK"), Computation.<BigDecimal>missing("CK")));
        assertThat(missing(all)).containsExactly("GK", "CK");
        assertThat(Computation.all(Collections.nCopies(2, Computation.computed(d("1")))))
                .isEqualTo(Computation.computed(List.of(d("1"), d("1"))));
    }

    @Test
    void notYetComputableMustSayWhat() {
        assertThatThrownBy(() -> new Computation.NotYetComputable<BigDecimal>(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
