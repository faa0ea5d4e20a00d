package vn.truongso.core.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.truongso.core.grading.AssessmentValue.Rating;

/** Circular 22, Art. 12–14: what happens to a student at the end of the year and after the summer. */
public final class Promotion {

    /** Where in the year-end process the decision is taken; a second chance is given only once. */
    public enum Round {
        /** After the year results: failures lead to the summer (Art. 13). */
        END_OF_YEAR,
        /** After summer conduct training: the re-rating is now the year conduct. */
        AFTER_CONDUCT_TRAINING,
        /** After the re-assessment: the learning result was recomputed with the re-assessment results. */
        AFTER_RE_ASSESSMENT
    }

    public enum Decision {
        /** Lên lớp. */
        PROMOTED,
        /** Learning Chưa đạt with conduct at least Đạt: re-assess the failed subjects in the summer (Art. 13). */
        RE_ASSESSMENT,
        /**
         * Conduct Chưa đạt: summer conduct training first (Art. 13); its re-rating becomes the year conduct, then
         * decide again with {@link Round#AFTER_CONDUCT_TRAINING} (which may still call for re-assessment).
         */
        SUMMER_CONDUCT_TRAINING,
        /** Ở lại lớp. */
        REPEAT
    }

    /** Art. 13: scored subjects below this year average are re-assessed. */
    private static final BigDecimal RE_ASSESSMENT_BELOW = new BigDecimal("5.0");

    private Promotion() {}

    /** At the end of the year, with the readings adopted in {@link GradingReadings#DEFAULT}. */
    public static Decision decide(Level yearConduct, Level yearLearning, int sessionsAbsent) {
        return decide(yearConduct, yearLearning, sessionsAbsent, Round.END_OF_YEAR, GradingReadings.DEFAULT);
    }

    public static Decision decide(Level yearConduct, Level yearLearning, int sessionsAbsent, Round round,
                                  GradingReadings readings) {
        Objects.requireNonNull(yearConduct, "yearConduct");
        Objects.requireNonNull(yearLearning, "yearLearning");
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(readings, "readings");
        if (sessionsAbsent < 0) {
            throw new IllegalArgumentException("sessionsAbsent must not be negative: " + sessionsAbsent);
        }
        // Absence over the limit cannot be made up in the summer: Art. 14 sends the student straight to repeat.
        if (sessionsAbsent > readings.maxAbsentSessions()) {
            return Decision.REPEAT;
        }
        if (yearConduct == Level.FAIL) {
            return round == Round.END_OF_YEAR ? Decision.SUMMER_CONDUCT_TRAINING : Decision.REPEAT;
        }
        if (yearLearning == Level.FAIL) {
            return round == Round.AFTER_RE_ASSESSMENT ? Decision.REPEAT : Decision.RE_ASSESSMENT;
        }
        return Decision.PROMOTED;
    }

    /**
     * Art. 13: the subjects a student sent to re-assessment sits in the summer — the scored subjects whose year
     * average (ĐTBmcn) is below 5.0 and the comment subjects rated Chưa đạt for the year. Exactly 5.0 is not
     * re-assessed: it already meets the Đạt row's "≥ 5.0". Keys in the maps' iteration order, scored first.
     * The re-assessment results then replace these year results and the learning result is evaluated again
     * before {@link Round#AFTER_RE_ASSESSMENT}.
     */
    public static List<String> subjectsToReAssess(Map<String, BigDecimal> scoredYearAverages,
                                                  Map<String, Rating> commentYearResults) {
        Objects.requireNonNull(scoredYearAverages, "scoredYearAverages");
        Objects.requireNonNull(commentYearResults, "commentYearResults");
        List<String> subjects = new ArrayList<>();
        scoredYearAverages.forEach((subject, average) -> {
            if (Objects.requireNonNull(average, subject).compareTo(RE_ASSESSMENT_BELOW) < 0) {
                subjects.add(subject);
            }
        });
        commentYearResults.forEach((subject, rating) -> {
            if (Objects.requireNonNull(rating, subject) == Rating.FAIL) {
                subjects.add(subject);
            }
        });
        return List.copyOf(subjects);
    }
}
