package vn.truongso.app.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.truongso.app.store.schema.Tables.ASSESSMENT;
import static vn.truongso.app.store.schema.Tables.OUTBOX;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;
import vn.truongso.app.gradebook.SaveOutcome.RefusalReason;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.grading.CellInput;

class StoreGradebookServiceTest {
    private static final ColumnKey TX1 = new ColumnKey(AssessmentKind.TX, 1);
    private static final ColumnKey CK = new ColumnKey(AssessmentKind.CK, 1);

    @TempDir
    Path dataDir;
    AppServices app;
    Session teacher;
    GradebookRef maths10A1;
    TermRef termOne;

    @BeforeEach
    void openDemoSchool() {
        app = DemoFixture.open(dataDir);
        teacher = DemoFixture.login(app, "gv.toan");
        maths10A1 = DemoFixture.gradebook(app, teacher, "10A1", "Toán");
        termOne = DemoFixture.term(app, 1);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private StudentRow student(int index) {
        return app.gradebooks().loadTerm(teacher, maths10A1.classId(), maths10A1.subjectId(), termOne.id())
                .rows().get(index);
    }

    private CellEdit edit(int studentIndex, ColumnKey column, String text) {
        return new CellEdit(DemoFixture.cell(student(studentIndex), maths10A1, termOne, column), text);
    }

    @Test
    void anAcceptedCellIsSavedWithHistoryAndAnOutboxChange() {
        long outboxBefore = app.store().db().fetchCount(OUTBOX);
        CellEdit edit = edit(0, CK, "8,5");

        SaveOutcome outcome = app.gradebooks().save(teacher, edit);

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(student(0).cells()).containsEntry(CK, AssessmentValue.Score.of("8.5"));
        assertThat(app.store().db().fetchCount(OUTBOX)).isEqualTo(outboxBefore + 1);
        List<CellChange> history = app.gradebooks().history(edit.key());
        assertThat(history.getFirst().newValue()).isEqualTo("8.5");
        assertThat(history.getFirst().oldValue()).isNull();
        assertThat(history.getFirst().changedByName()).isEqualTo(teacher.fullName());
        assertThat(history.getFirst().deviceId()).isEqualTo(app.store().deviceId());
    }

    @Test
    void historyKeepsEveryChangeNewestFirst() {
        CellEdit first = edit(1, CK, "6");
        app.gradebooks().save(teacher, first);
        app.gradebooks().save(teacher, new CellEdit(first.key(), "7.5"));
        app.gradebooks().save(teacher, new CellEdit(first.key(), ""));

        assertThat(app.gradebooks().history(first.key()))
                .extracting(CellChange::oldValue, CellChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("7.5", null),
                        org.assertj.core.groups.Tuple.tuple("6", "7.5"),
                        org.assertj.core.groups.Tuple.tuple(null, "6"));
        assertThat(student(1).cells()).doesNotContainKey(CK);
    }

    @Test
    void invalidTextIsRefusedWithItsReasonAndNothingIsWritten() {
        long cellsBefore = app.store().db().fetchCount(ASSESSMENT);
        long outboxBefore = app.store().db().fetchCount(OUTBOX);

        SaveOutcome tooHigh = app.gradebooks().save(teacher, edit(2, CK, "11"));
        SaveOutcome twoDecimals = app.gradebooks().save(teacher, edit(2, CK, "7.25"));
        SaveOutcome rating = app.gradebooks().save(teacher, edit(2, CK, "Đ"));

        assertThat(((SaveOutcome.Refused) tooHigh).cells().getFirst().problem()).isEqualTo(CellInput.Problem.OUT_OF_RANGE);
        assertThat(((SaveOutcome.Refused) twoDecimals).cells().getFirst().problem())
                .isEqualTo(CellInput.Problem.TOO_MANY_DECIMALS);
        assertThat(((SaveOutcome.Refused) rating).cells().getFirst().reason()).isEqualTo(RefusalReason.INVALID_INPUT);
        assertThat(app.store().db().fetchCount(ASSESSMENT)).isEqualTo(cellsBefore);
        assertThat(app.store().db().fetchCount(OUTBOX)).isEqualTo(outboxBefore);
    }

    @Test
    void aPastedBlockWithOneBadCellSavesNothingAndNamesTheBadCell() {
        List<CellEdit> block = List.of(edit(3, CK, "9"), edit(4, CK, "abc"), edit(5, CK, "7"));

        SaveOutcome outcome = app.gradebooks().saveAll(teacher, block);

        assertThat(outcome).isInstanceOf(SaveOutcome.Refused.class);
        assertThat(((SaveOutcome.Refused) outcome).cells()).singleElement()
                .satisfies(c -> assertThat(c.key()).isEqualTo(block.get(1).key()));
        assertThat(student(3).cells()).doesNotContainKey(CK);
        assertThat(student(5).cells()).doesNotContainKey(CK);
    }

    @Test
    void aGoodPastedBlockIsSavedWhole() {
        SaveOutcome outcome = app.gradebooks().saveAll(teacher, List.of(edit(3, CK, "9"), edit(4, CK, "5.5")));

        assertThat(((SaveOutcome.Saved) outcome).cells()).hasSize(2);
        assertThat(student(3).cells()).containsEntry(CK, AssessmentValue.Score.of("9"));
        assertThat(student(4).cells()).containsEntry(CK, AssessmentValue.Score.of("5.5"));
    }

    @Test
    void savingTheSameValueAgainWritesNoNewVersion() {
        CellEdit edit = edit(6, CK, "8");
        app.gradebooks().save(teacher, edit);
        long outbox = app.store().db().fetchCount(OUTBOX);

        SaveOutcome again = app.gradebooks().save(teacher, new CellEdit(edit.key(), "8.0"));

        assertThat(((SaveOutcome.Saved) again).cells().getFirst().version()).isEqualTo(1);
        assertThat(app.store().db().fetchCount(OUTBOX)).isEqualTo(outbox);
        assertThat(app.gradebooks().history(edit.key())).hasSize(1);
    }

    @Test
    void aLockedTermRefusesEditsUntilUnlocked() {
        Session principal = DemoFixture.login(app, "hieutruong");
        app.gradebooks().setTermLocked(principal, termOne.id(), true);

        SaveOutcome refused = app.gradebooks().save(teacher, edit(7, TX1, "6"));
        TermGradebook view = app.gradebooks().loadTerm(teacher, maths10A1.classId(), maths10A1.subjectId(), termOne.id());

        assertThat(((SaveOutcome.Refused) refused).cells().getFirst().reason()).isEqualTo(RefusalReason.TERM_LOCKED);
        assertThat(view.readOnlyReason()).isEqualTo(TermGradebook.ReadOnlyReason.TERM_LOCKED);

        app.gradebooks().setTermLocked(principal, termOne.id(), false);
        assertThat(app.gradebooks().save(teacher, edit(7, TX1, "6"))).isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void onlyLeadersLockTerms() {
        assertThatThrownBy(() -> app.gradebooks().setTermLocked(teacher, termOne.id(), true))
                .isInstanceOf(NotAllowedException.class);
        assertThat(DemoFixture.term(app, 1).locked()).isFalse();
    }

    @Test
    void aTeacherCannotEditOrOpenAClassSubjectSheIsNotAssigned() {
        Session principal = DemoFixture.login(app, "hieutruong");
        GradebookRef notHers = app.gradebooks().gradebooksFor(principal).stream()
                .filter(g -> app.gradebooks().gradebooksFor(teacher).stream()
                        .noneMatch(t -> t.classId().equals(g.classId()) && t.subjectId().equals(g.subjectId())))
                .findFirst().orElseThrow();
        StudentRow someone = app.gradebooks().loadTerm(principal, notHers.classId(), notHers.subjectId(), termOne.id())
                .rows().getFirst();
        CellKey key = new CellKey(someone.studentId(), notHers.subjectId(), termOne.id(), AssessmentKind.CK, 1);

        SaveOutcome outcome = app.gradebooks().save(teacher, new CellEdit(key, "5"));

        assertThat(((SaveOutcome.Refused) outcome).cells().getFirst().reason()).isEqualTo(RefusalReason.NOT_ASSIGNED);
        assertThatThrownBy(() -> app.gradebooks().loadTerm(teacher, notHers.classId(), notHers.subjectId(), termOne.id()))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aTeacherSeesHerOwnGradebooksFirstThenHerHomeroomClassInCurriculumOrder() {
        List<GradebookRef> listed = app.gradebooks().gradebooksFor(teacher);

        // She teaches Toán in four classes and, as 10A1's homeroom teacher, its experiential activities (HĐTN).
        assertThat(listed).extracting(g -> g.className() + " " + g.subjectName()).startsWith(
                "9A1 Toán", "10A1 Toán", "10A1 Hoạt động trải nghiệm, hướng nghiệp", "10A2 Toán", "11A1 Toán",
                "10A1 Ngữ văn", "10A1 Ngoại ngữ 1 (Tiếng Anh)");
        assertThat(listed.subList(0, 5)).allMatch(GradebookRef::editableByUser);
        assertThat(listed.subList(5, listed.size())).noneMatch(GradebookRef::editableByUser)
                .allMatch(g -> g.className().equals("10A1"));
    }

    @Test
    void thePrincipalReadsEveryGradebookButEditsNoneSheIsNotAssigned() {
        Session principal = DemoFixture.login(app, "hieutruong");
        List<GradebookRef> all = app.gradebooks().gradebooksFor(principal);

        assertThat(all.size()).isGreaterThan(app.gradebooks().gradebooksFor(teacher).size());
        TermGradebook sheet = app.gradebooks().loadTerm(principal, maths10A1.classId(), maths10A1.subjectId(), termOne.id());
        assertThat(sheet.readOnlyReason()).isEqualTo(TermGradebook.ReadOnlyReason.NOT_ASSIGNED);
        SaveOutcome outcome = app.gradebooks().save(principal, edit(0, CK, "10"));
        assertThat(((SaveOutcome.Refused) outcome).cells().getFirst().reason()).isEqualTo(RefusalReason.NOT_ASSIGNED);
    }

    @Test
    void aCellOutsideTheGradebookIsRefused() {
        CellKey wrongSeq = new CellKey(student(0).studentId(), maths10A1.subjectId(), termOne.id(), AssessmentKind.GK, 2);

        SaveOutcome outcome = app.gradebooks().save(teacher, new CellEdit(wrongSeq, "5"));

        assertThat(((SaveOutcome.Refused) outcome).cells().getFirst().reason()).isEqualTo(RefusalReason.UNKNOWN_CELL);
    }

    @Test
    void aCommentSubjectTakesRatingsAsTeachersTypeThemAndRefusesScores() {
        Session sportsTeacher = DemoFixture.login(app, "gv.theduc");
        GradebookRef sport = DemoFixture.gradebook(app, sportsTeacher, "10A1", "Giáo dục thể chất");
        TermGradebook sheet = app.gradebooks().loadTerm(sportsTeacher, sport.classId(), sport.subjectId(), termOne.id());
        StudentRow first = sheet.rows().getFirst();
        ColumnKey gk = new ColumnKey(AssessmentKind.GK, 1);

        SaveOutcome typed = app.gradebooks().saveAll(sportsTeacher, List.of(
                new CellEdit(DemoFixture.cell(first, sport, termOne, gk), "đ"),
                new CellEdit(DemoFixture.cell(first, sport, termOne, CK), "Chưa đạt")));
        SaveOutcome score = app.gradebooks().save(sportsTeacher,
                new CellEdit(DemoFixture.cell(first, sport, termOne, CK), "8"));

        // Physical education: comment only (Circular 22, Art. 5), two regular assessments whatever its periods.
        assertThat(sheet.columns()).extracting(ColumnKey::label).containsExactly("TX1", "TX2", "GK", "CK");
        assertThat(typed).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(((SaveOutcome.Refused) score).cells().getFirst().problem()).isEqualTo(CellInput.Problem.NOT_A_RATING);
        StudentRow after = app.gradebooks().loadTerm(sportsTeacher, sport.classId(), sport.subjectId(), termOne.id())
                .rows().getFirst();
        assertThat(after.cells()).containsEntry(gk, AssessmentValue.Rating.PASS)
                .containsEntry(CK, AssessmentValue.Rating.FAIL);
        assertThat(app.gradebooks().history(DemoFixture.cell(first, sport, termOne, CK)).getFirst().newValue())
                .isEqualTo("CĐ");
    }

    @Test
    void theTermGradebookHasTheRegularColumnsTheCircularRequires() {
        TermGradebook sheet = app.gradebooks().loadTerm(teacher, maths10A1.classId(), maths10A1.subjectId(), termOne.id());

        // Toán 10 has 105 periods a year: four regular assessments, then mid-term and end-of-term.
        assertThat(sheet.columns()).extracting(ColumnKey::label).containsExactly("TX1", "TX2", "TX3", "TX4", "GK", "CK");
        assertThat(sheet.rows()).hasSizeBetween(40, 45);
        assertThat(sheet.editable()).isTrue();
    }
}
