package vn.truongso.app.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.core.grading.AssessmentMode;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.grading.AssessmentValue.Rating;
import vn.truongso.core.grading.AssessmentValue.Score;

/** The worked examples of grading-vn.md, through the app's one average class. */
class AverageColumnTest {

    private static GradebookRef subject(AssessmentMode mode, int periods) {
        return new GradebookRef(UUID.randomUUID(), "10A1", 10, UUID.randomUUID(), "Toán", mode, periods, true);
    }

    private static Map<ColumnKey, AssessmentValue> scores(String gk, String ck, String... tx) {
        Map<ColumnKey, AssessmentValue> cells = new HashMap<>();
        for (int i = 0; i < tx.length; i++) {
            cells.put(new ColumnKey(AssessmentKind.TX, i + 1), Score.of(tx[i]));
        }
        if (gk != null) {
            cells.put(new ColumnKey(AssessmentKind.GK, 1), Score.of(gk));
        }
        if (ck != null) {
            cells.put(new ColumnKey(AssessmentKind.CK, 1), Score.of(ck));
        }
        return cells;
    }

    private static Optional<AssessmentValue> score(String text) {
        return Optional.of(Score.of(text));
    }

    @Test
    void example1FourRegularScores() {
        assertThat(AverageColumn.term(subject(AssessmentMode.SCORE, 105), scores("7.5", "8.0", "7", "8", "6.5", "9")))
                .isEqualTo(score("7.7"));
    }

    @Test
    void example3RoundsHalfUp() {
        assertThat(AverageColumn.term(subject(AssessmentMode.SCORE, 70), scores("6.2", "5.2", "5.9", "5.1", "4.9")))
                .isEqualTo(score("5.5"));
    }

    @Test
    void example5ExactDecimalNotDouble() {
        assertThat(AverageColumn.term(subject(AssessmentMode.SCORE, 70), scores("8.1", "9.5", "3.4", "10", "4.7")))
                .isEqualTo(score("7.9"));
    }

    @Test
    void missingRequiredAssessmentIsEmptyNeverZero() {
        GradebookRef maths = subject(AssessmentMode.SCORE, 105);
        assertThat(AverageColumn.term(maths, scores("7.5", "8.0", "7", "8", "6.5"))).isEmpty();
        assertThat(AverageColumn.term(maths, scores(null, "8.0", "7", "8", "6.5", "9"))).isEmpty();
        assertThat(AverageColumn.term(maths, Map.of())).isEmpty();
    }

    @Test
    void yearFromRoundedTermAverages() {
        assertThat(AverageColumn.year(score("7.7"), score("7.6"))).isEqualTo(score("7.6"));
        assertThat(AverageColumn.year(score("9.0"), score("7.5"))).isEqualTo(score("8.0"));
        assertThat(AverageColumn.year(Optional.empty(), score("7.5"))).isEmpty();
    }

    @Test
    void requiredRegularByPeriods() {
        assertThat(AverageColumn.requiredRegular(AssessmentMode.SCORE, 35)).isEqualTo(2);
        assertThat(AverageColumn.requiredRegular(AssessmentMode.SCORE, 36)).isEqualTo(3);
        assertThat(AverageColumn.requiredRegular(AssessmentMode.SCORE, 70)).isEqualTo(3);
        assertThat(AverageColumn.requiredRegular(AssessmentMode.SCORE, 71)).isEqualTo(4);
        assertThat(AverageColumn.requiredRegular(AssessmentMode.COMMENT, 105)).isEqualTo(2);
    }

    @Test
    void commentSubjectPassesWhenAllPass() {
        GradebookRef sport = subject(AssessmentMode.COMMENT, 70);
        Map<ColumnKey, AssessmentValue> cells = new HashMap<>(Map.of(
                new ColumnKey(AssessmentKind.TX, 1), Rating.PASS, new ColumnKey(AssessmentKind.TX, 2), Rating.PASS,
                new ColumnKey(AssessmentKind.GK, 1), Rating.PASS, new ColumnKey(AssessmentKind.CK, 1), Rating.PASS));
        assertThat(AverageColumn.term(sport, cells)).contains(Rating.PASS);
        cells.put(new ColumnKey(AssessmentKind.CK, 1), Rating.FAIL);
        assertThat(AverageColumn.term(sport, cells)).contains(Rating.FAIL);
        assertThat(AverageColumn.year(Optional.of(Rating.FAIL), Optional.of(Rating.PASS))).contains(Rating.PASS);
    }
}
