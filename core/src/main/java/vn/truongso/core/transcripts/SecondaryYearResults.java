package vn.truongso.core.transcripts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.truongso.core.grading.AssessmentMode;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.grading.AssessmentValue.Rating;
import vn.truongso.core.grading.AssessmentValue.Score;
import vn.truongso.core.grading.CommentSubjects;
import vn.truongso.core.grading.Computation;
import vn.truongso.core.grading.Conduct;
import vn.truongso.core.grading.GradingReadings;
import vn.truongso.core.grading.LearningResults;
import vn.truongso.core.grading.Level;
import vn.truongso.core.grading.Promotion;
import vn.truongso.core.grading.Promotion.Decision;
import vn.truongso.core.grading.Promotion.Round;
import vn.truongso.core.grading.RegularAssessments;
import vn.truongso.core.grading.SubjectAverages;
import vn.truongso.core.grading.Titles;
import vn.truongso.core.grading.Titles.Title;

/**
 * Turns one year's gradebook cells into the year's page, with core's grading rules only (Circular 22 Art. 8–15),
 * so a transcript can never disagree with the gradebook or the class summary. A result whose inputs are not all
 * there stays {@code null}.
 */
final class SecondaryYearResults {
    /** One subject's computed results, keyed for {@link LearningResults}. */
    private record Row(SubjectGrades input, Computation<AssessmentValue> termOne, Computation<AssessmentValue> termTwo,
                       Computation<AssessmentValue> year) {}

    private final GradingReadings readings;

    SecondaryYearResults(GradingReadings readings) {
        this.readings = readings;
    }

    SecondaryYear compute(SecondaryYearInput in) {
        List<Row> rows = in.subjects().stream().map(this::row).toList();
        Level learningOne = learning(rows, Row::termOne);
        Level learningTwo = learning(rows, Row::termTwo);
        Level learningYear = learning(rows, Row::year);
        Level conductYear = in.conductTermOne() != null && in.conductTermTwo() != null
                ? Conduct.yearRating(in.conductTermOne(), in.conductTermTwo()) : null;
        Title title = conductYear != null && learningYear != null
                ? Titles.award(conductYear, learningYear, scoredYearAverages(rows)).orElse(null) : null;
        Decision decision = conductYear != null && learningYear != null && in.sessionsAbsent() != null
                ? Promotion.decide(conductYear, learningYear, in.sessionsAbsent(), Round.END_OF_YEAR, readings) : null;
        Summer summer = summer(in, rows, decision, conductYear, learningYear);
        List<SubjectResult> subjects = rows.stream().map(r -> subjectResult(r, summer.reAssessed())).toList();
        return new SecondaryYear(in.schoolYear().name(), in.schoolClass().name(), in.schoolClass().grade().value(),
                subjects, new TermLevels(in.conductTermOne(), in.conductTermTwo(), conductYear),
                new TermLevels(learningOne, learningTwo, learningYear), in.sessionsAbsent(), decision,
                summer.outcome(), title, in.certificates(), in.homeroomRemarks(), in.approval());
    }

    private Row row(SubjectGrades g) {
        int required = RegularAssessments.requiredPerTerm(g.periodsPerYear(), g.subject().mode());
        String code = g.subject().code();
        if (g.subject().mode() == AssessmentMode.SCORE) {
            Computation<BigDecimal> one = SubjectAverages.termAverage(scores(g.termOne().regular(), code),
                    score(g.termOne().midterm(), code), score(g.termOne().endOfTerm(), code), required);
            Computation<BigDecimal> two = SubjectAverages.termAverage(scores(g.termTwo().regular(), code),
                    score(g.termTwo().midterm(), code), score(g.termTwo().endOfTerm(), code), required);
            return new Row(g, one.map(Score::new), two.map(Score::new),
                    SubjectAverages.yearAverage(one, two).map(Score::new));
        }
        Computation<Rating> one = CommentSubjects.termResult(ratings(g.termOne().regular(), code),
                rating(g.termOne().midterm(), code), rating(g.termOne().endOfTerm(), code), required, readings);
        Computation<Rating> two = CommentSubjects.termResult(ratings(g.termTwo().regular(), code),
                rating(g.termTwo().midterm(), code), rating(g.termTwo().endOfTerm(), code), required, readings);
        return new Row(g, one.map(r -> r), two.map(r -> r), CommentSubjects.yearResult(two).map(r -> r));
    }

    /** The learning result from one column of results, or {@code null} while any subject's result is missing. */
    private Level learning(List<Row> rows, Function<Row, Computation<AssessmentValue>> column) {
        return learning(rows, column, Map.of());
    }

    private Level learning(List<Row> rows, Function<Row, Computation<AssessmentValue>> column,
                           Map<String, AssessmentValue> replaced) {
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, Computation<BigDecimal>> scored = new LinkedHashMap<>();
        Map<String, Computation<Rating>> comment = new LinkedHashMap<>();
        for (Row r : rows) {
            String code = r.input().subject().code();
            Computation<AssessmentValue> result = replaced.containsKey(code)
                    ? new Computation.Computed<>(replaced.get(code)) : column.apply(r);
            if (r.input().subject().mode() == AssessmentMode.SCORE) {
                scored.put(code, result.map(v -> ((Score) v).value()));
            } else {
                comment.put(code, result.map(v -> (Rating) v));
            }
        }
        return LearningResults.evaluate(scored, comment, readings) instanceof Computation.Computed<Level> c
                ? c.value() : null;
    }

    /** What the summer did, from the conduct re-rating and the re-assessment results the records hold. */
    private record Summer(SummerOutcome outcome, Map<String, AssessmentValue> reAssessed) {
        static final Summer NONE = new Summer(null, Map.of());
    }

    private Summer summer(SecondaryYearInput in, List<Row> rows, Decision decision, Level conductYear,
                          Level learningYear) {
        if (decision == null || decision == Decision.PROMOTED || decision == Decision.REPEAT) {
            return Summer.NONE;
        }
        Level conduct = conductYear;
        Level reRating = null;
        Decision next = decision;
        if (decision == Decision.SUMMER_CONDUCT_TRAINING) {
            if (in.conductReRating() == null) {
                return Summer.NONE;
            }
            reRating = in.conductReRating();
            conduct = reRating;
            next = Promotion.decide(conduct, learningYear, in.sessionsAbsent(), Round.AFTER_CONDUCT_TRAINING, readings);
            if (next != Decision.RE_ASSESSMENT) {
                return new Summer(new SummerOutcome(reRating, null, next), Map.of());
            }
        }
        Map<String, AssessmentValue> reAssessed = reAssessments(rows);
        // Nothing re-assessed yet (or nothing the rules would re-assess): no outcome to report beyond the re-rating.
        if (reAssessed == null || reAssessed.isEmpty()) {
            return reRating == null ? Summer.NONE : new Summer(new SummerOutcome(reRating, null, next), Map.of());
        }
        Level learningAfter = learning(rows, Row::year, reAssessed);
        Decision after = Promotion.decide(conduct, learningAfter, in.sessionsAbsent(), Round.AFTER_RE_ASSESSMENT,
                readings);
        return new Summer(new SummerOutcome(reRating, learningAfter, after), reAssessed);
    }

    /**
     * The re-assessment results of exactly the subjects Art. 13 sends to re-assessment, or null while any of them is
     * missing.
     */
    private static Map<String, AssessmentValue> reAssessments(List<Row> rows) {
        Map<String, BigDecimal> scored = new LinkedHashMap<>();
        Map<String, Rating> comment = new LinkedHashMap<>();
        for (Row r : rows) {
            if (!(r.year() instanceof Computation.Computed<AssessmentValue> c)) {
                return null;
            }
            switch (c.value()) {
                case Score s -> scored.put(r.input().subject().code(), s.value());
                case Rating rating -> comment.put(r.input().subject().code(), rating);
            }
        }
        Map<String, AssessmentValue> results = new LinkedHashMap<>();
        for (String code : Promotion.subjectsToReAssess(scored, comment)) {
            AssessmentValue value = rows.stream().filter(r -> r.input().subject().code().equals(code)).findFirst()
                    .orElseThrow().input().reAssessment();
            if (value == null) {
                return null;
            }
            results.put(code, value);
        }
        return results;
    }

    private static List<BigDecimal> scoredYearAverages(List<Row> rows) {
        List<BigDecimal> averages = new ArrayList<>();
        for (Row r : rows) {
            if (r.year() instanceof Computation.Computed<AssessmentValue> c && c.value() instanceof Score s) {
                averages.add(s.value());
            }
        }
        return averages;
    }

    private static SubjectResult subjectResult(Row r, Map<String, AssessmentValue> reAssessed) {
        var subject = r.input().subject();
        return new SubjectResult(subject.code(), subject.name(), subject.mode(), valueOrNull(r.termOne()),
                valueOrNull(r.termTwo()), valueOrNull(r.year()), reAssessed.get(subject.code()),
                r.input().teacherName());
    }

    private static AssessmentValue valueOrNull(Computation<AssessmentValue> c) {
        return c instanceof Computation.Computed<AssessmentValue> computed ? computed.value() : null;
    }

    private static List<Score> scores(List<AssessmentValue> values, String code) {
        List<Score> scores = new ArrayList<>(values.size());
        values.forEach(v -> scores.add(score(v, code)));
        return scores;
    }

    private static Score score(AssessmentValue value, String code) {
        if (value == null || value instanceof Score) {
            return (Score) value;
        }
        throw new IllegalArgumentException(code + " is scored but holds the rating " + value.text());
    }

    private static List<Rating> ratings(List<AssessmentValue> values, String code) {
        List<Rating> ratings = new ArrayList<>(values.size());
        values.forEach(v -> ratings.add(rating(v, code)));
        return ratings;
    }

    private static Rating rating(AssessmentValue value, String code) {
        if (value == null || value instanceof Rating) {
            return (Rating) value;
        }
        throw new IllegalArgumentException(code + " is assessed by comment but holds the score " + value.text());
    }
}
