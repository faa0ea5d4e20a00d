package vn.truongso.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.truongso.core.grading.PrimaryYearResult.QualityRating;
import vn.truongso.core.grading.PrimaryYearResult.Result;
import vn.truongso.core.grading.PrimaryYearResult.SubjectRating;

class PrimaryYearResultTest {
    static final List<SubjectRating> ALL_T = List.of(SubjectRating.COMPLETED_WELL, SubjectRating.COMPLETED_WELL);
    static final List<QualityRating> ALL_GOOD = List.of(QualityRating.GOOD, QualityRating.GOOD);

    @Test
    void rows() {
        assertThat(PrimaryYearResult.evaluate(ALL_T, ALL_GOOD, List.of(9, 10))).isEqualTo(Result.EXCELLENT);
        assertThat(PrimaryYearResult.evaluate(ALL_T, ALL_GOOD, List.of(8, 10))).isEqualTo(Result.COMPLETED_WELL);
        assertThat(PrimaryYearResult.evaluate(ALL_T, ALL_GOOD, List.of(7, 10))).isEqualTo(Result.COMPLETED_WELL);
        assertThat(PrimaryYearResult.evaluate(ALL_T, ALL_GOOD, List.of(6, 10))).isEqualTo(Result.COMPLETED);
        assertThat(PrimaryYearResult.evaluate(ALL_T, ALL_GOOD, List.of(5, 10))).isEqualTo(Result.COMPLETED);
        assertThat(PrimaryYearResult.evaluate(ALL_T, ALL_GOOD, List.of(4, 10))).isEqualTo(Result.NOT_COMPLETED);
    }

    @Test
    void qualitiesAndSubjects() {
        List<QualityRating> onePass = List.of(QualityRating.GOOD, QualityRating.PASS);
        assertThat(PrimaryYearResult.evaluate(ALL_T, onePass, List.of(10))).isEqualTo(Result.COMPLETED);
        List<QualityRating> needsEffort = List.of(QualityRating.GOOD, QualityRating.NEEDS_EFFORT);
        assertThat(PrimaryYearResult.evaluate(ALL_T, needsEffort, List.of(10))).isEqualTo(Result.NOT_COMPLETED);
        List<SubjectRating> oneC = List.of(SubjectRating.COMPLETED_WELL, SubjectRating.NOT_COMPLETED);
        assertThat(PrimaryYearResult.evaluate(oneC, ALL_GOOD, List.of(10))).isEqualTo(Result.NOT_COMPLETED);
    }

    @Test
    void gradesWithoutTestsUseTheOtherColumns() {
        assertThat(PrimaryYearResult.evaluate(ALL_T, ALL_GOOD, List.of())).isEqualTo(Result.EXCELLENT);
    }

    @Test
    void testScoresAreZeroToTen() {
        assertThatThrownBy(() -> PrimaryYearResult.evaluate(ALL_T, ALL_GOOD, List.of(11)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
