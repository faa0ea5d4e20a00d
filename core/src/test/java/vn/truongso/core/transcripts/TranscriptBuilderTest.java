package vn.truongso.core.transcripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.truongso.core.transcripts.Fixtures.CLASS_10A1;
import static vn.truongso.core.transcripts.Fixtures.DOCUMENT;
import static vn.truongso.core.transcripts.Fixtures.NHUNG;
import static vn.truongso.core.transcripts.Fixtures.SCHOOL;
import static vn.truongso.core.transcripts.Fixtures.YEAR;
import static vn.truongso.core.transcripts.Fixtures.flat;
import static vn.truongso.core.transcripts.Fixtures.passed;
import static vn.truongso.core.transcripts.Fixtures.term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.truongso.core.grading.AssessmentMode;
import vn.truongso.core.grading.AssessmentValue.Rating;
import vn.truongso.core.grading.AssessmentValue.Score;
import vn.truongso.core.grading.Level;
import vn.truongso.core.grading.PrimaryYearResult.QualityRating;
import vn.truongso.core.grading.PrimaryYearResult.Result;
import vn.truongso.core.grading.PrimaryYearResult.SubjectRating;
import vn.truongso.core.grading.Promotion.Decision;
import vn.truongso.core.grading.Titles.Title;
import vn.truongso.core.school.GradeLevel;
import vn.truongso.core.school.SchoolClass;
import vn.truongso.core.school.SchoolLevel;

/** The builder computes every result with core's grading rules (worked examples of grading-vn.md). */
class TranscriptBuilderTest {

    private static SecondaryYear build(SecondaryYearInput year) {
        return TranscriptBuilder.secondary(SchoolLevel.UPPER_SECONDARY, SCHOOL, NHUNG).year(year).build(DOCUMENT)
                .secondaryYears().getFirst();
    }

    private static SecondaryYearInput year(List<SubjectGrades> subjects, Level conductOne, Level conductTwo,
                                           Integer absent, Level reRating) {
        return new SecondaryYearInput(YEAR, CLASS_10A1, LocalDate.of(2026, 9, 5), subjects, conductOne, conductTwo,
                absent, reRating, List.of(), "Chăm ngoan", Approval.NONE);
    }

    /** Example 7: eight scored subjects 8.5 8.0 8.2 9.0 8.0 8.1 7.0 6.5, comment subjects Đạt. */
    private static List<SubjectGrades> goodStudent() {
        List<SubjectGrades> s = new ArrayList<>();
        String[] scores = {"8.5", "8.0", "8.2", "9.0", "8.0", "8.1", "7.0", "6.5"};
        for (int i = 0; i < scores.length; i++) {
            s.add(flat("S" + i, scores[i]));
        }
        s.add(passed("GDTC"));
        s.add(passed("HDTN"));
        return s;
    }

    @Test
    void averagesAreTheCircularsFromTheGradebookCells() {
        // Examples 1 and 2 (105 periods: 4 regular), 3 (70 periods: 3 regular) and 5 (7.85 rounds to 7.9).
        SubjectGrades toan = new SubjectGrades(Fixtures.subject("TOAN", AssessmentMode.SCORE), 105,
                term("7.5", "8.0", "7", "8", "6.5", "9"), term("8", "6.5", "8", "8.5", "9", "7"), null, "Trần Thị Thanh Bình");
        SubjectGrades ly = new SubjectGrades(Fixtures.subject("VATLI", AssessmentMode.SCORE), 70,
                term("6.2", "5.2", "5.9", "5.1", "4.9"), term("8.1", "9.5", "3.4", "10", "4.7"), null, null);

        SecondaryYear y = build(SecondaryYearInput.grades(YEAR, CLASS_10A1, null, List.of(toan, ly)));

        assertThat(y.subjects()).extracting(SubjectResult::termOne)
                .containsExactly(Score.of("7.7"), Score.of("5.5"));
        assertThat(y.subjects()).extracting(SubjectResult::termTwo)
                .containsExactly(Score.of("7.6"), Score.of("7.9"));
        // Year: (7.7 + 2·7.6)/3 = 7.633… → 7.6; (5.5 + 2·7.9)/3 = 7.1.
        assertThat(y.subjects()).extracting(SubjectResult::year).containsExactly(Score.of("7.6"), Score.of("7.1"));
        assertThat(y.subjects().getFirst().teacherName()).isEqualTo("Trần Thị Thanh Bình");
        // Too few subjects for the learning table's "at least 6", no conduct: nothing guessed.
        assertThat(y.conduct()).isEqualTo(TermLevels.NONE);
        assertThat(y.decision()).isNull();
    }

    @Test
    void aGoodYearGivesLearningConductTitleAndPromotion() {
        SecondaryYear y = build(year(goodStudent(), Level.GOOD, Level.GOOD, 3, null));

        assertThat(y.learning()).isEqualTo(new TermLevels(Level.GOOD, Level.GOOD, Level.GOOD));
        assertThat(y.conduct()).isEqualTo(new TermLevels(Level.GOOD, Level.GOOD, Level.GOOD));
        assertThat(y.title()).isEqualTo(Title.GOOD); // only one subject ≥ 9.0: Giỏi, not Xuất sắc
        assertThat(y.decision()).isEqualTo(Decision.PROMOTED);
        assertThat(y.summer()).isNull();
        assertThat(y.sessionsAbsent()).isEqualTo(3);
    }

    @Test
    void yearConductFollowsArticle8AndTooManyAbsencesMeanRepeating() {
        // Example 12: term I Chưa đạt, term II Tốt → Khá. Example 13: 46 sessions absent → repeat.
        SecondaryYear y = build(year(goodStudent(), Level.FAIL, Level.GOOD, 46, null));

        assertThat(y.conduct().year()).isEqualTo(Level.FAIR);
        assertThat(y.title()).isNull();
        assertThat(y.decision()).isEqualTo(Decision.REPEAT);
        assertThat(build(year(goodStudent(), Level.FAIL, Level.GOOD, 45, null)).decision())
                .isEqualTo(Decision.PROMOTED);
    }

    @Test
    void aReAssessedSubjectReplacesTheYearResultAndTheLearningResultIsRecomputed() {
        // Example 11: seven subjects 6.0 and one 3.4 → Chưa đạt; re-assessed at 6.0 → all 6.0 → Đạt (example 9).
        List<SubjectGrades> subjects = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            subjects.add(flat("S" + i, "6.0"));
        }
        SubjectGrades weak = flat("TOAN", "3.4");
        subjects.add(new SubjectGrades(weak.subject(), weak.periodsPerYear(), weak.termOne(), weak.termTwo(),
                Score.of("6.0"), null));

        SecondaryYear y = build(year(subjects, Level.GOOD, Level.GOOD, 0, null));

        assertThat(y.learning().year()).isEqualTo(Level.FAIL);
        assertThat(y.decision()).isEqualTo(Decision.RE_ASSESSMENT);
        assertThat(y.summer()).isEqualTo(new SummerOutcome(null, Level.PASS, Decision.PROMOTED));
        assertThat(y.subjects().getLast().afterReAssessment()).isEqualTo(Score.of("6.0"));
        assertThat(y.subjects().getLast().year()).isEqualTo(Score.of("3.4")); // the year result stays on record
        assertThat(y.subjects().getFirst().afterReAssessment()).isNull();
    }

    @Test
    void summerConductTrainingIsReRatedBeforeTheSecondDecision() {
        SecondaryYear pending = build(year(goodStudent(), Level.FAIL, Level.FAIL, 2, null));
        SecondaryYear trained = build(year(goodStudent(), Level.FAIL, Level.FAIL, 2, Level.PASS));
        SecondaryYear failed = build(year(goodStudent(), Level.FAIL, Level.FAIL, 2, Level.FAIL));

        assertThat(pending.decision()).isEqualTo(Decision.SUMMER_CONDUCT_TRAINING);
        assertThat(pending.summer()).isNull();
        assertThat(trained.summer()).isEqualTo(new SummerOutcome(Level.PASS, null, Decision.PROMOTED));
        assertThat(failed.summer()).isEqualTo(new SummerOutcome(Level.FAIL, null, Decision.REPEAT));
    }

    @Test
    void aMissingGradeLeavesWhatDependsOnItBlank() {
        List<SubjectGrades> subjects = goodStudent();
        SubjectGrades s = subjects.getFirst();
        subjects.set(0, new SubjectGrades(s.subject(), 70, s.termOne(), term("8.5", null, "8.5", "8.5", "8.5"), null,
                null));

        SecondaryYear y = build(year(subjects, Level.GOOD, Level.GOOD, 0, null));

        assertThat(y.subjects().getFirst().termOne()).isEqualTo(Score.of("8.5"));
        assertThat(y.subjects().getFirst().termTwo()).isNull();
        assertThat(y.subjects().getFirst().year()).isNull();
        assertThat(y.learning()).isEqualTo(new TermLevels(Level.GOOD, null, null));
        assertThat(y.title()).isNull();
        assertThat(y.decision()).isNull();
    }

    @Test
    void aScoreInACommentSubjectIsRefusedWithTheSubjectNamed() {
        SubjectGrades wrong = new SubjectGrades(Fixtures.subject("GDTC", AssessmentMode.COMMENT), 70,
                term("8", "8", "8", "8"), null, null, null);

        assertThatThrownBy(() -> build(SecondaryYearInput.grades(YEAR, CLASS_10A1, null, List.of(wrong))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GDTC");
    }

    @Test
    void theCourseOfStudyListsEarlierSchoolsThenEveryYearAdded() {
        Transcript t = TranscriptBuilder.secondary(SchoolLevel.UPPER_SECONDARY, SCHOOL, NHUNG)
                .earlierCourse(new CourseOfStudyEntry("2025-2026", "10A3", "Trường THPT số 1 Bảo Thắng", null, null))
                .year(SecondaryYearInput.grades(YEAR, CLASS_10A1, LocalDate.of(2026, 9, 5), goodStudent()))
                .build(DOCUMENT);

        assertThat(t.courseOfStudy()).containsExactly(
                new CourseOfStudyEntry("2025-2026", "10A3", "Trường THPT số 1 Bảo Thắng", null, null),
                new CourseOfStudyEntry("2026-2027", "10A1", SCHOOL.name(), "012/2026", LocalDate.of(2026, 9, 5)));
    }

    @Test
    void aPrimaryYearGetsItsOverallResultAndCompletionFromCircular27() {
        SchoolClass grade4 = new SchoolClass(CLASS_10A1.id(), CLASS_10A1.schoolId(), YEAR.id(), GradeLevel.of(4),
                "4A", null);
        SchoolClass grade5 = new SchoolClass(CLASS_10A1.id(), CLASS_10A1.schoolId(), YEAR.id(), GradeLevel.of(5),
                "5A", null);
        List<QualityResult> allGood = List.of(new QualityResult("Yêu nước", QualityRating.GOOD, null),
                new QualityResult("Chăm chỉ", QualityRating.GOOD, "Tự giác"));
        // Example 14: every test 9–10, every quality Tốt, every subject T but Âm nhạc H → Hoàn thành.
        List<PrimarySubjectResult> oneH = List.of(
                new PrimarySubjectResult("TV", "Tiếng Việt", SubjectRating.COMPLETED_WELL, 9, "Đọc tốt"),
                new PrimarySubjectResult("TOAN", "Toán", SubjectRating.COMPLETED_WELL, 10, null),
                new PrimarySubjectResult("AMNHAC", "Âm nhạc", SubjectRating.COMPLETED, null, null));
        List<PrimarySubjectResult> allT = List.of(oneH.get(0), oneH.get(1),
                new PrimarySubjectResult("AMNHAC", "Âm nhạc", SubjectRating.COMPLETED_WELL, null, null));

        PrimaryYear four = primary(grade4, oneH, allGood);
        PrimaryYear five = primary(grade5, allT, allGood);

        assertThat(four.overall()).isEqualTo(Result.COMPLETED);
        assertThat(four.completion()).isEqualTo(PrimaryYear.Completion.COMPLETED_GRADE);
        assertThat(five.overall()).isEqualTo(Result.EXCELLENT);
        assertThat(five.completion()).isEqualTo(PrimaryYear.Completion.COMPLETED_PRIMARY);
    }

    private static PrimaryYear primary(SchoolClass c, List<PrimarySubjectResult> subjects, List<QualityResult> q) {
        return TranscriptBuilder.primary(SCHOOL, NHUNG)
                .year(new PrimaryYearInput(YEAR, c, null, subjects, q, q, List.of(), null, Approval.NONE))
                .build(DOCUMENT).primaryYears().getFirst();
    }

    @Test
    void levelsDoNotMix() {
        SchoolClass grade8 = new SchoolClass(CLASS_10A1.id(), CLASS_10A1.schoolId(), YEAR.id(), GradeLevel.of(8),
                "8A1", null);

        assertThatThrownBy(() -> TranscriptBuilder.secondary(SchoolLevel.UPPER_SECONDARY, SCHOOL, NHUNG)
                .year(SecondaryYearInput.grades(YEAR, grade8, null, List.of())).build(DOCUMENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grade 8");
        assertThatThrownBy(() -> TranscriptBuilder.primary(SCHOOL, NHUNG)
                .year(SecondaryYearInput.grades(YEAR, CLASS_10A1, null, List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Rating.PASS.text()).isEqualTo("Đ");
    }
}
