package vn.truongso.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.truongso.core.grading.AssessmentValue.Rating;
import vn.truongso.core.grading.PrimaryYearResult.QualityRating;
import vn.truongso.core.grading.PrimaryYearResult.SubjectRating;

/** The worked examples of docs grading-vn.md, one test each, numbered as in the document. */
class WorkedExamplesTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static List<BigDecimal> ds(String... s) {
        return java.util.Arrays.stream(s).map(BigDecimal::new).toList();
    }

    static BigDecimal computed(Computation<BigDecimal> c) {
        assertThat(c).isInstanceOf(Computation.Computed.class);
        return ((Computation.Computed<BigDecimal>) c).value();
    }

    @Test
    @DisplayName("1: 105 periods → 4 TX; TX 7, 8, 6.5, 9; GK 7.5; CK 8.0 → 7.7")
    void example1() {
        int required = RegularAssessments.requiredPerTerm(105, AssessmentMode.SCORE);
        assertThat(required).isEqualTo(4);
        assertThat(computed(SubjectAverages.termAverage(ds("7", "8", "6.5", "9"), d("7.5"), d("8.0"), required)))
                .isEqualTo(d("7.7"));
    }

    @Test
    @DisplayName("2: term II TX 8, 8.5, 9, 7; GK 8; CK 6.5 → 7.6; year (7.7 + 2·7.6)/3 → 7.6")
    void example2() {
        BigDecimal termOne = computed(SubjectAverages.termAverage(ds("7", "8", "6.5", "9"), d("7.5"), d("8.0"), 4));
        BigDecimal termTwo = computed(SubjectAverages.termAverage(ds("8", "8.5", "9", "7"), d("8"), d("6.5"), 4));
        assertThat(termTwo).isEqualTo(d("7.6"));
        assertThat(SubjectAverages.yearAverage(termOne, termTwo)).isEqualTo(d("7.6"));
    }

    @Test
    @DisplayName("3: 70 periods → 3 TX; TX 5.9, 5.1, 4.9; GK 6.2; CK 5.2 → 43.9/8 = 5.4875 → 5.5")
    void example3() {
        int required = RegularAssessments.requiredPerTerm(70, AssessmentMode.SCORE);
        assertThat(required).isEqualTo(3);
        assertThat(computed(SubjectAverages.termAverage(ds("5.9", "5.1", "4.9"), d("6.2"), d("5.2"), required)))
                .isEqualTo(d("5.5"));
    }

    @Test
    @DisplayName("4: TX 6, 6, 6.6; GK 6.0; CK 7.0 → 51.6/8 = 6.45 → 6.5")
    void example4() {
        assertThat(computed(SubjectAverages.termAverage(ds("6", "6", "6.6"), d("6.0"), d("7.0"), 3)))
                .isEqualTo(d("6.5"));
    }

    @Test
    @DisplayName("5: TX 3.4, 10, 4.7; GK 8.1; CK 9.5 → 62.8/8 = 7.85 → 7.9 (double gives 7.8)")
    void example5() {
        assertThat(computed(SubjectAverages.termAverage(ds("3.4", "10", "4.7"), d("8.1"), d("9.5"), 3)))
                .isEqualTo(d("7.9"));
        // The trap the example warns about: the double nearest 7.85 lies just below it, so it rounds down.
        double naive = (3.4 + 10 + 4.7 + 2 * 8.1 + 3 * 9.5) / 8;
        assertThat(new BigDecimal(naive).setScale(1, java.math.RoundingMode.HALF_UP)).isEqualTo(d("7.8"));
    }

    @Test
    @DisplayName("6: term I 9.0, term II 7.5 → (9.0 + 15.0)/3 = 8.0")
    void example6() {
        assertThat(SubjectAverages.yearAverage(d("9.0"), d("7.5"))).isEqualTo(d("8.0"));
    }

    static final List<BigDecimal> EXAMPLE_7 = ds("8.5", "8.0", "8.2", "9.0", "8.0", "8.1", "7.0", "6.5");
    static final List<Rating> ALL_PASS = Collections.nCopies(4, Rating.PASS);

    @Test
    @DisplayName("7: 8.5, 8.0, 8.2, 9.0, 8.0, 8.1, 7.0, 6.5 and comments all Đạt → Tốt")
    void example7() {
        assertThat(LearningResults.evaluate(EXAMPLE_7, ALL_PASS)).isEqualTo(Level.GOOD);
    }

    @Test
    @DisplayName("8: same with 8.1 → 7.9 → Khá (only five ≥ 8.0)")
    void example8() {
        List<BigDecimal> scores = new ArrayList<>(EXAMPLE_7);
        scores.set(scores.indexOf(d("8.1")), d("7.9"));
        assertThat(LearningResults.evaluate(scores, ALL_PASS)).isEqualTo(Level.FAIR);
    }

    @Test
    @DisplayName("9: eight subjects all 6.0 → Đạt")
    void example9() {
        assertThat(LearningResults.evaluate(Collections.nCopies(8, d("6.0")), ALL_PASS)).isEqualTo(Level.PASS);
    }

    @Test
    @DisplayName("10: seven 8.5 and one 4.0 → table Đạt; one subject costs two levels → Khá")
    void example10() {
        List<BigDecimal> scores = new ArrayList<>(Collections.nCopies(7, d("8.5")));
        scores.add(d("4.0"));
        assertThat(LearningResults.byTable(scores, ALL_PASS)).isEqualTo(Level.PASS);
        assertThat(LearningResults.evaluate(scores, ALL_PASS)).isEqualTo(Level.FAIR);
    }

    @Test
    @DisplayName("11: seven 6.0 and one 3.4 → Chưa đạt; without it only Đạt → no adjustment")
    void example11() {
        List<BigDecimal> scores = new ArrayList<>(Collections.nCopies(7, d("6.0")));
        scores.add(d("3.4"));
        assertThat(LearningResults.byTable(scores, ALL_PASS)).isEqualTo(Level.FAIL);
        assertThat(LearningResults.evaluate(scores, ALL_PASS)).isEqualTo(Level.FAIL);
    }

    @Test
    @DisplayName("12: conduct term I Chưa đạt, term II Tốt → year Khá")
    void example12() {
        assertThat(Conduct.yearRating(Level.FAIL, Level.GOOD)).isEqualTo(Level.FAIR);
    }

    @Test
    @DisplayName("13: learning Đạt, conduct Đạt: absent 45 → promoted, 46 → not promoted")
    void example13() {
        assertThat(Promotion.decide(Level.PASS, Level.PASS, 45)).isEqualTo(Promotion.Decision.PROMOTED);
        assertThat(Promotion.decide(Level.PASS, Level.PASS, 46)).isEqualTo(Promotion.Decision.REPEAT);
    }

    @Test
    @DisplayName("14: primary grade 4, tests 9–10, qualities Tốt, subjects T except Âm nhạc H → Hoàn thành")
    void example14() {
        // Grade 4: Tiếng Việt, Toán, Ngoại ngữ 1, Lịch sử và Địa lí, Khoa học, Tin học và Công nghệ are tested.
        List<Integer> tests = List.of(9, 10, 9, 10, 9, 10);
        List<QualityRating> qualities = Collections.nCopies(14, QualityRating.GOOD);
        List<SubjectRating> subjects = new ArrayList<>(Collections.nCopies(11, SubjectRating.COMPLETED_WELL));
        subjects.add(SubjectRating.COMPLETED); // Âm nhạc
        assertThat(PrimaryYearResult.evaluate(subjects, qualities, tests)).isEqualTo(PrimaryYearResult.Result.COMPLETED);
    }
}
