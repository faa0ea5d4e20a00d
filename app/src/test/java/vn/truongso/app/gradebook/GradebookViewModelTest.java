package vn.truongso.app.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;
import vn.truongso.app.common.StatusModel;
import vn.truongso.app.i18n.I18n;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.core.grading.AssessmentValue;

/** The gradebook's view model over a real store, without a window. */
class GradebookViewModelTest {
    private static final ColumnKey TX3 = new ColumnKey(AssessmentKind.TX, 3);
    private static final ColumnKey TX4 = new ColumnKey(AssessmentKind.TX, 4);
    private static final ColumnKey GK = new ColumnKey(AssessmentKind.GK, 1);
    private static final ColumnKey CK = new ColumnKey(AssessmentKind.CK, 1);
    private static final GradeColumn AVERAGE = GradeColumn.of(GradeColumn.Kind.TERM_AVERAGE);

    @TempDir
    Path dir;
    private AppServices app;
    private final StatusModel status = new StatusModel();

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    private GradebookViewModel open(String username, String className, String subject, Period period) {
        if (app == null) {
            app = DemoFixture.open(dir);
        }
        Session session = DemoFixture.login(app, username);
        GradebookViewModel model = new GradebookViewModel(app.gradebooks(), session, new I18n(), status);
        model.activate();
        model.periodProperty().set(period);
        model.gradebookProperty().set(DemoFixture.gradebook(app, session, className, subject));
        return model;
    }

    private GradebookViewModel mathsTermOne() {
        return open("gv.toan", "10A1", "Toán", Period.TERM_ONE);
    }

    /** The cell as stored, read through a freshly opened store: what survives a restart. */
    private Optional<AssessmentValue> storedAfterReopen(int row, ColumnKey column) {
        app.close();
        app = DemoFixture.open(dir);
        Session session = DemoFixture.login(app, "gv.toan");
        GradebookRef ref = DemoFixture.gradebook(app, session, "10A1", "Toán");
        TermGradebook term = app.gradebooks().loadTerm(session, ref.classId(), ref.subjectId(),
                DemoFixture.term(app, 1).id());
        return Optional.ofNullable(term.rows().get(row).cells().get(column));
    }

    @Test
    void opensTheTeachersOwnGradebookFirstInTheCurrentTerm() {
        app = DemoFixture.open(dir);
        GradebookViewModel model = new GradebookViewModel(app.gradebooks(), DemoFixture.login(app, "gv.toan"),
                new I18n(), status);
        model.activate();
        List<Boolean> editable = model.gradebooks().stream().map(GradebookRef::editableByUser).toList();
        assertThat(editable).contains(true, false);
        assertThat(editable.subList(editable.indexOf(false), editable.size())).doesNotContain(true);
        assertThat(model.gradebookProperty().get().editableByUser()).isTrue();
        assertThat(model.periodProperty().get()).isEqualTo(Period.TERM_ONE);
        assertThat(model.editableProperty().get()).isTrue();
        assertThat(model.columns()).extracting(c -> c.kind() == GradeColumn.Kind.ASSESSMENT ? c.key().label()
                : c.kind().name()).containsExactly("ROLL", "NAME", "TX1", "TX2", "TX3", "TX4", "GK", "CK",
                "TERM_AVERAGE");
        assertThat(model.rows()).hasSizeGreaterThan(30);
        assertThat(GradebookViewModel.label(model.gradebookProperty().get())).contains(" — Toán");
    }

    @Test
    void typingAValidScoreSavesItAndUpdatesTheTermAverage() {
        GradebookViewModel model = mathsTermOne();
        GradeRow row = model.rows().get(0);
        for (String[] cell : new String[][] {{"TX1", "7"}, {"TX2", "8"}, {"TX3", "6,5"}, {"TX4", "9"}, {"GK", "7.5"}}) {
            assertThat(model.commit(0, key(model, cell[0]), cell[1])).isTrue();
        }
        assertThat(row.state(AVERAGE).text()).isEmpty(); // CK still missing: empty, never 0
        assertThat(model.commit(0, CK, "8")).isTrue();

        assertThat(row.state(GradeColumn.assessment(TX3))).isEqualTo(CellState.of("6,5"));
        assertThat(row.state(AVERAGE).text()).isEqualTo("7,7"); // grading-vn.md example 1
        assertThat(status.current().severity()).isEqualTo(StatusModel.Severity.INFO);
        assertThat(status.current().text()).isEqualTo("Đã lưu CK của " + row.fullName() + ".");
        assertThat(storedAfterReopen(0, TX3)).contains(AssessmentValue.Score.of("6.5"));
    }

    @Test
    void anInvalidValueIsRefusedInPlaceAndNotSaved() {
        GradebookViewModel model = mathsTermOne();
        GradeRow row = model.rows().get(1);
        assertThat(model.commit(1, TX3, "11")).isFalse();

        assertThat(row.state(GradeColumn.assessment(TX3))).isEqualTo(new CellState("11", true));
        assertThat(status.current().severity()).isEqualTo(StatusModel.Severity.ERROR);
        assertThat(status.current().text()).isEqualTo("TX3 của " + row.fullName() + ": điểm phải từ 0 đến 10");
        assertThat(model.commit(1, TX4, "abc")).isFalse();
        assertThat(status.current().text()).endsWith("không phải là điểm số");
        assertThat(storedAfterReopen(1, TX3)).isEmpty();
        assertThat(storedAfterReopen(1, TX4)).isEmpty();
    }

    @Test
    void aRefusedCellCanBeCorrected() {
        GradebookViewModel model = mathsTermOne();
        model.commit(2, TX3, "8,55");
        assertThat(model.rows().get(2).state(GradeColumn.assessment(TX3)).refused()).isTrue();
        assertThat(model.commit(2, TX3, "8,5")).isTrue();
        assertThat(model.rows().get(2).state(GradeColumn.assessment(TX3))).isEqualTo(CellState.of("8,5"));
    }

    @Test
    void pastingABlockSavesEveryCell() {
        GradebookViewModel model = mathsTermOne();
        assertThat(model.paste(0, TX3, "8\t7,5\t9\t10\r\n6\t5\t4\t3\r\n")).isTrue();

        assertThat(model.rows().get(1).state(GradeColumn.assessment(CK))).isEqualTo(CellState.of("3"));
        assertThat(status.current().text()).isEqualTo("Đã lưu 8 ô.");
        assertThat(storedAfterReopen(0, TX4)).contains(AssessmentValue.Score.of("7.5"));
        assertThat(storedAfterReopen(1, GK)).contains(AssessmentValue.Score.of("4"));
    }

    @Test
    void aPasteWithOneBadCellSavesNothing() {
        GradebookViewModel model = mathsTermOne();
        String nameOfSecond = model.rows().get(1).fullName();
        assertThat(model.paste(0, TX3, "8\t7\n9\tabc\n")).isFalse();

        assertThat(model.rows().get(0).state(GradeColumn.assessment(TX3)).text()).isEmpty();
        assertThat(model.rows().get(1).state(GradeColumn.assessment(TX4))).isEqualTo(new CellState("abc", true));
        assertThat(status.current().text())
                .isEqualTo("Không dán: 1 ô bị từ chối, chưa lưu ô nào. TX4 của " + nameOfSecond
                        + ": không phải là điểm số");
        assertThat(storedAfterReopen(0, TX3)).isEmpty();
        assertThat(storedAfterReopen(1, TX3)).isEmpty();
    }

    @Test
    void aBlockRunningPastTheGridIsRefused() {
        GradebookViewModel model = mathsTermOne();
        int last = model.rows().size() - 1;
        assertThat(model.paste(last, CK, "8\t9\n")).isFalse();
        assertThat(status.current().text()).startsWith("Không dán: khối 1 dòng × 2 cột vượt ra ngoài bảng điểm");
        assertThat(model.paste(last, GK, "8\n9\n")).isFalse();
        assertThat(storedAfterReopen(last, GK)).isEmpty();
    }

    @Test
    void deleteClearsSavedCells() {
        GradebookViewModel model = mathsTermOne();
        model.paste(0, TX3, "8\t7");
        assertThat(model.clear(List.of(new PasteMapper.Position(0, 2), new PasteMapper.Position(0, 3)))).isTrue();
        assertThat(model.rows().get(0).state(GradeColumn.assessment(TX3)).text()).isEmpty();
        assertThat(storedAfterReopen(0, TX4)).isEmpty();
    }

    @Test
    void anUnassignedGradebookIsReadOnlyAndRefusesEdits() {
        GradebookViewModel model = open("hieutruong", "10A1", "Toán", Period.TERM_ONE);
        assertThat(model.editableProperty().get()).isFalse();
        assertThat(model.bannerProperty().get()).startsWith("Bạn không được phân công");
        assertThat(model.beginEdit(GradeColumn.assessment(TX3))).isFalse();
        assertThat(model.commit(0, TX3, "8")).isFalse();
        assertThat(model.paste(0, TX3, "8")).isFalse();
        assertThat(status.current().text()).isEqualTo(model.bannerProperty().get());
        assertThat(storedAfterReopen(0, TX3)).isEmpty();
    }

    @Test
    void aLockedTermIsReadOnlyForTheTeacher() {
        GradebookViewModel principal = open("hieutruong", "10A1", "Toán", Period.TERM_ONE);
        assertThat(principal.canLockProperty().get()).isTrue();
        principal.toggleLock();
        assertThat(principal.termLockedProperty().get()).isTrue();
        assertThat(status.current().text()).isEqualTo("Đã khoá sổ Học kỳ I.");

        GradebookViewModel teacher = mathsTermOne();
        assertThat(teacher.canLockProperty().get()).isFalse();
        assertThat(teacher.editableProperty().get()).isFalse();
        assertThat(teacher.bannerProperty().get()).startsWith("Học kỳ I đã khoá sổ");
        assertThat(teacher.commit(0, TX3, "8")).isFalse();
        assertThat(storedAfterReopen(0, TX3)).isEmpty();
    }

    @Test
    void historyListsWhoWhenAndOldToNew() {
        GradebookViewModel model = mathsTermOne();
        model.commit(0, TX3, "8");
        model.commit(0, TX3, "7,5");
        model.showHistory(0, TX3);

        assertThat(model.history().visibleProperty().get()).isTrue();
        assertThat(model.history().titleProperty().get()).startsWith("Lịch sử thay đổi — TX3 của ");
        assertThat(model.history().lines()).hasSize(2);
        assertThat(model.history().lines().get(0))
                .matches("Trần Thị Thanh Bình · \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d · 8 → 7,5");
        assertThat(model.history().lines().get(1)).endsWith(" · (trống) → 8");
    }

    @Test
    void copyGivesTheSelectedRectangleAsTsv() {
        GradebookViewModel model = mathsTermOne();
        model.paste(0, TX3, "8\t7,5\n\t9");
        String copied = model.copy(List.of(new PasteMapper.Position(0, 4), new PasteMapper.Position(0, 5),
                new PasteMapper.Position(1, 4), new PasteMapper.Position(1, 5)));
        assertThat(copied).isEqualTo("8\t7,5\n\t9");
        assertThat(TsvBlock.parse(copied)).isPresent();
    }

    @Test
    void theYearViewShowsBothTermAveragesAndIsReadOnly() {
        GradebookViewModel model = mathsTermOne();
        model.paste(0, TX1, "7\t8\t6,5\t9\t7,5\t8");
        model.periodProperty().set(Period.YEAR);

        assertThat(model.columns()).extracting(GradeColumn::kind).containsExactly(GradeColumn.Kind.ROLL,
                GradeColumn.Kind.NAME, GradeColumn.Kind.TERM_ONE_AVERAGE, GradeColumn.Kind.TERM_TWO_AVERAGE,
                GradeColumn.Kind.YEAR_AVERAGE);
        GradeRow row = model.rows().get(0);
        assertThat(row.state(GradeColumn.of(GradeColumn.Kind.TERM_ONE_AVERAGE)).text()).isEqualTo("7,7");
        assertThat(row.state(GradeColumn.of(GradeColumn.Kind.YEAR_AVERAGE)).text()).isEmpty();
        assertThat(model.editableProperty().get()).isFalse();
        assertThat(model.bannerProperty().get()).startsWith("Cả năm");
    }

    private static final ColumnKey TX1 = new ColumnKey(AssessmentKind.TX, 1);

    private static ColumnKey key(GradebookViewModel model, String label) {
        return model.assessmentKeys().stream().filter(k -> k.label().equals(label)).findFirst().orElseThrow();
    }
}
