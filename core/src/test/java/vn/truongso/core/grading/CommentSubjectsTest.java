package vn.truongso.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.core.grading.AssessmentValue.Rating.FAIL;
import static vn.truongso.core.grading.AssessmentValue.Rating.PASS;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.truongso.core.grading.AssessmentValue.Rating;
import vn.truongso.core.grading.GradingReadings.CommentTermPolicy;

class CommentSubjectsTest {
    static final GradingReadings TWO_THIRDS =
            GradingReadings.DEFAULT.withCommentTermPolicy(CommentTermPolicy.TWO_THIRDS_PASS_INCLUDING_END_OF_TERM);

    @Test
    void allPassIsPass() {
        assertThat(CommentSubjects.termResult(List.of(PASS, PASS), PASS, PASS, 2)).isEqualTo(Computation.computed(PASS));
    }

    @Test
    void anyFailIsFailByDefault() {
        assertThat(CommentSubjects.termResult(List.of(PASS, FAIL), PASS, PASS, 2)).isEqualTo(Computation.computed(FAIL));
        assertThat(CommentSubjects.termResult(List.of(PASS, PASS), FAIL, PASS, 2)).isEqualTo(Computation.computed(FAIL));
    }

    @Test
    void missingRatingsAreNotFailures() {
        List<Rating> withGap = Arrays.asList(null, PASS);
        assertThat(CommentSubjects.termResult(withGap, PASS, null, 2)).isEqualTo(Computation.missing("TX1", "CK"));
        assertThat(CommentSubjects.termResult(List.of(FAIL), PASS, PASS, 2)).isEqualTo(Computation.missing("TX2"));
    }

    @Test
    void extraRegularRatingsCount() {
        assertThat(CommentSubjects.termResult(List.of(PASS, PASS, FAIL), PASS, PASS, 2))
                .isEqualTo(Computation.computed(FAIL));
    }

    @Test
    void twoThirdsReading() {
        // 3 of 4 Đạt including CK: Đạt under 2/3, Chưa đạt under the default.
        assertThat(CommentSubjects.termResult(List.of(PASS, FAIL), PASS, PASS, 2, TWO_THIRDS))
                .isEqualTo(Computation.computed(PASS));
        // CK Chưa đạt: never Đạt under 2/3.
        assertThat(CommentSubjects.termResult(List.of(PASS, PASS), PASS, FAIL, 2, TWO_THIRDS))
                .isEqualTo(Computation.computed(FAIL));
        // 2 of 4 Đạt: below 2/3.
        assertThat(CommentSubjects.termResult(List.of(FAIL, FAIL), PASS, PASS, 2, TWO_THIRDS))
                .isEqualTo(Computation.computed(FAIL));
        // Exactly 2/3: 4 of 6.
        assertThat(CommentSubjects.termResult(List.of(PASS, PASS, FAIL, FAIL), PASS, PASS, 2, TWO_THIRDS))
                .isEqualTo(Computation.computed(PASS));
    }

    @Test
    void yearResultIsTermTwo() {
        assertThat(CommentSubjects.yearResult(Computation.computed(FAIL))).isEqualTo(Computation.computed(FAIL));
        assertThat(CommentSubjects.yearResult(Computation.computed(PASS))).isEqualTo(Computation.computed(PASS));
        assertThat(CommentSubjects.yearResult(Computation.missing("CK"))).isEqualTo(Computation.missing("HK2/CK"));
    }
}
