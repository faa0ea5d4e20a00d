package vn.truongso.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.truongso.core.grading.AssessmentValue.Rating;
import vn.truongso.core.grading.AssessmentValue.Score;
import vn.truongso.core.grading.CellInput.Accepted;
import vn.truongso.core.grading.CellInput.Problem;
import vn.truongso.core.grading.CellInput.Refused;

class CellInputTest {

    static CellInput.Parsed score(String typed) {
        return CellInput.parse(typed, AssessmentMode.SCORE);
    }

    static CellInput.Parsed rating(String typed) {
        return CellInput.parse(typed, AssessmentMode.COMMENT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"7,5|7.5", "7.5|7.5", "7|7.0", "0|0.0", "10|10.0", "10,0|10.0", "7.50|7.5",
            "' 8 '|8.0", "'8\u00A0'|8.0", "09|9.0"})
    void acceptedScores(String typed, String expected) {
        assertThat(score(typed)).isEqualTo(new Accepted(Optional.of(new Score(new BigDecimal(expected)))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"7.55|TOO_MANY_DECIMALS", "7,25|TOO_MANY_DECIMALS", "11|OUT_OF_RANGE",
            "10.1|OUT_OF_RANGE", "100|OUT_OF_RANGE", "-1|OUT_OF_RANGE", "-0|OUT_OF_RANGE", "abc|NOT_A_NUMBER",
            "7.|NOT_A_NUMBER", ".5|NOT_A_NUMBER", "7,5,1|NOT_A_NUMBER", "1e1|NOT_A_NUMBER", "Đ|NOT_A_NUMBER",
            "\u0667|NOT_A_NUMBER"})
    void refusedScores(String typed, Problem problem) {
        assertThat(score(typed)).isEqualTo(new Refused(problem, typed.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"đ", "Đ", "D", "d", "Đạt", "đạt", "DAT", " Đ ", "Đ\u00A0"})
    void passRatings(String typed) {
        assertThat(rating(typed)).isEqualTo(new Accepted(Optional.of(Rating.PASS)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CĐ", "cđ", "cd", "CD", "Chưa đạt", "chưa đạt", "CHƯA ĐẠT", "C Đ",
            // Decomposed diacritics, as some input methods produce.
            "Chu\u031Ba đa\u0323t"})
    void failRatings(String typed) {
        assertThat(rating(typed)).isEqualTo(new Accepted(Optional.of(Rating.FAIL)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "7", "Tốt", "ĐĐ"})
    void refusedRatings(String typed) {
        assertThat(rating(typed)).isEqualTo(new Refused(Problem.NOT_A_RATING, typed));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t", "\u00A0"})
    void blankClears(String typed) {
        assertThat(score(typed)).isEqualTo(new Accepted(Optional.empty()));
        assertThat(rating(typed)).isEqualTo(new Accepted(Optional.empty()));
    }

    @Test
    void scoreValueIsCanonical() {
        assertThat(Score.of("8")).isEqualTo(Score.of("8.0"));
        assertThat(Score.of("8").text()).isEqualTo("8");
        assertThat(Score.of("10.0").text()).isEqualTo("10");
        assertThat(Score.of("7.5").text()).isEqualTo("7.5");
        assertThat(Rating.FAIL.text()).isEqualTo("CĐ");
    }
}
