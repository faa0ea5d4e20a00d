package vn.truongso.app.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;
import vn.truongso.app.common.Async;
import vn.truongso.app.common.StatusModel;
import vn.truongso.app.gradebook.CellKey;
import vn.truongso.app.gradebook.DemoFixture;
import vn.truongso.app.i18n.I18n;
import vn.truongso.app.sync.Conflict;
import vn.truongso.app.sync.SyncFixture;
import vn.truongso.app.sync.SyncService;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.sync.Change;

/**
 * The conflicts and refusals screen without a window, over a real store holding a real conflict (a grade typed here
 * while another PC's edit of it arrived) and a real refusal (recorded from a push answer).
 */
class ConflictsViewModelTest {
    @TempDir
    Path dir;
    AppServices app;
    Session teacher;
    CellKey conflicted;
    CellKey refused;
    StatusModel status;

    @BeforeEach
    void conflictAndRefusal() {
        app = DemoFixture.open(dir);
        teacher = DemoFixture.login(app, "gv.toan");
        refused = SyncFixture.refusedGrade(app, teacher, 0, SyncFixture.GK, "1", "TERM_LOCKED");
        conflicted = SyncFixture.gradeConflict(app, teacher, SyncFixture.gradedStudent(app, teacher, 0), "7", "9.0");
        status = new StatusModel();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private ConflictsViewModel screen(Session session) {
        ConflictsViewModel model = new ConflictsViewModel(app.sync(), session, new I18n(), Async.direct(), status);
        model.activate();
        return model;
    }

    private Optional<AssessmentValue> shown(CellKey key) {
        var ref = DemoFixture.gradebook(app, teacher, "10A1", "Toán");
        return app.gradebooks().loadTerm(teacher, ref.classId(), ref.subjectId(), key.termId()).rows().stream()
                .filter(r -> r.studentId().equals(key.studentId())).findFirst().orElseThrow()
                .cells().entrySet().stream().filter(e -> e.getKey().kind() == key.kind() && e.getKey().seq() == key.seq())
                .map(java.util.Map.Entry::getValue).findFirst();
    }

    @Test
    void theTeacherSeesHerConflictWithEachValueWhoWhereAndWhenAndHerRefusalWithItsReason() {
        ConflictsViewModel model = screen(teacher);

        assertThat(model.conflictsHeadingProperty().get()).isEqualTo("Xung đột (1)");
        assertThat(model.conflictsNoteProperty().get()).isEmpty();
        ConflictsViewModel.ConflictItem item = model.conflicts().getFirst();
        assertThat(item.title()).contains("10A1", "Toán", "TX1");
        assertThat(item.question()).isEqualTo("Điểm có các giá trị khác nhau:");
        assertThat(item.resolvable()).isTrue();
        assertThat(item.acceptsTyped()).isTrue();
        assertThat(item.whyNot()).isEmpty();
        assertThat(item.choices()).extracting(ConflictsViewModel.Choice::text).containsExactlyInAnyOrder(
                "7 — Trần Thị Thanh Bình · máy này · 23/11/2026 10:00" + (shownFirst(item, "7.0") ? " · đang hiển thị" : ""),
                "9 — Trần Thị Thanh Bình · máy 0c0ffee1 · 23/11/2026 09:00" + (shownFirst(item, "9.0") ? " · đang hiển thị" : ""));
        assertThat(item.choices()).filteredOn(ConflictsViewModel.Choice::shown).hasSize(1);

        assertThat(model.refusalsHeadingProperty().get()).isEqualTo("Thay đổi bị từ chối (1)");
        ConflictsViewModel.RefusalItem refusal = model.refusals().getFirst();
        assertThat(refusal.title()).contains("10A1", "Toán", "GK");
        assertThat(refusal.attempted()).isEqualTo("Đã thử ghi: Điểm: 1");
        assertThat(refusal.reason()).isEqualTo("Học kỳ đã được khoá sổ trên máy chủ trước khi thay đổi này đến.");
        assertThat(refusal.meta()).isEqualTo("Của Trần Thị Thanh Bình · bị từ chối lúc 23/11/2026 10:00");
        assertThat(shown(refused)).isEmpty(); // back to the server's value: the column was empty
    }

    private static boolean shownFirst(ConflictsViewModel.ConflictItem item, String value) {
        return item.conflict().versions().stream().filter(Conflict.Version::shown).findFirst().orElseThrow().value()
                .equals(value);
    }

    @Test
    void pickingAValueResolvesTheConflictAndTheResolutionWaitsToBeSentNamingBothVersions() {
        ConflictsViewModel model = screen(teacher);
        ConflictsViewModel.ConflictItem item = model.conflicts().getFirst();
        ConflictsViewModel.Choice theirs = item.choices().stream().filter(c -> "9.0".equals(c.value())).findFirst()
                .orElseThrow();

        model.resolve(item, theirs);

        assertThat(model.conflicts()).isEmpty();
        assertThat(model.conflictsNoteProperty().get()).isEqualTo("Không có xung đột nào.");
        assertThat(status.current().text()).isEqualTo("Đã chọn 9 cho " + item.title() + ".");
        assertThat(shown(conflicted)).contains(AssessmentValue.Score.of("9"));
        UUID cell = SyncFixture.cellId(conflicted);
        Change resolution = app.sync().replica().pendingChanges(0, 100).stream().filter(c -> c.row().equals(cell))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(resolution.fields().get("score").value()).isEqualTo("9.0");
        assertThat(resolution.fields().get("score").base()).containsExactlyInAnyOrderElementsOf(
                item.conflict().versions().stream().map(Conflict.Version::version).toList());
        assertThat(app.sync().overview().conflicts()).isZero();
    }

    @Test
    void anotherGradeCanBeTypedAsInTheGradebookAndAnInvalidOneIsRefusedWithTheReason() {
        ConflictsViewModel model = screen(teacher);
        ConflictsViewModel.ConflictItem item = model.conflicts().getFirst();

        assertThat(model.resolveTyped(item, "11")).isFalse();
        assertThat(status.current().severity()).isEqualTo(StatusModel.Severity.ERROR);
        assertThat(status.current().text()).isEqualTo(item.title() + ": điểm phải từ 0 đến 10");
        model.submit(item, null, null);
        assertThat(status.current().text()).isEqualTo("Hãy chọn một giá trị hoặc gõ giá trị khác.");
        assertThat(model.conflicts()).hasSize(1);

        assertThat(model.resolveTyped(item, "8,5")).isTrue();
        assertThat(model.conflicts()).isEmpty();
        assertThat(shown(conflicted)).contains(AssessmentValue.Score.of("8.5"));
    }

    @Test
    void anotherTeacherSeesNeitherAndThePrincipalSeesBothButLeavesTheGradeToItsTeacher() {
        ConflictsViewModel other = screen(DemoFixture.login(app, "gv.van"));
        assertThat(other.conflicts()).isEmpty();
        assertThat(other.conflictsNoteProperty().get())
                .isEqualTo("Còn 1 xung đột khác, do giáo viên bộ môn hoặc ban giám hiệu xử lý.");
        assertThat(other.refusals()).isEmpty();
        assertThat(other.refusalsNoteProperty().get()).isEqualTo("Còn 1 thay đổi bị từ chối của người khác.");

        Session principal = DemoFixture.login(app, "hieutruong");
        ConflictsViewModel leader = screen(principal);
        ConflictsViewModel.ConflictItem item = leader.conflicts().getFirst();
        assertThat(item.resolvable()).isFalse();
        assertThat(item.acceptsTyped()).isFalse();
        assertThat(item.whyNot()).isEqualTo("Chỉ giáo viên dạy môn này ở lớp này mới chọn được điểm đúng.");
        leader.resolve(item, item.choices().getFirst());
        assertThat(leader.conflicts()).hasSize(1);
        assertThatThrownBy(() -> app.sync().resolve(principal, item.conflict(), "9.0"))
                .isInstanceOf(SyncService.NotAllowedException.class);

        assertThat(leader.refusals()).hasSize(1);
        leader.dismiss(leader.refusals().getFirst());
        assertThat(leader.refusals()).isEmpty();
        assertThat(status.current().text()).startsWith("Đã ẩn thông báo: ");
        assertThat(screen(teacher).refusals()).isEmpty();
        assertThat(app.sync().overview().refusals()).isZero();
    }

    @Test
    void aGradeOfALockedTermIsShownToItsTeacherButCannotBeChosenUntilUnlocked() {
        Session principal = DemoFixture.login(app, "hieutruong");
        app.gradebooks().setTermLocked(principal, conflicted.termId(), true);

        ConflictsViewModel model = screen(teacher);
        ConflictsViewModel.ConflictItem item = model.conflicts().getFirst();
        assertThat(item.resolvable()).isFalse();
        assertThat(item.whyNot()).isEqualTo("Học kỳ đã khoá sổ: cần mở khoá sổ rồi mới chọn được điểm.");
        assertThat(app.sync().resolveRight(teacher, item.conflict())).isEqualTo(SyncService.Right.TERM_LOCKED);

        app.gradebooks().setTermLocked(principal, conflicted.termId(), false);
        model.refresh();
        assertThat(model.conflicts().getFirst().resolvable()).isTrue();
    }

    @Test
    void theListsFollowWhatSyncReports() {
        ConflictsViewModel model = screen(teacher);
        SyncFixture.refusedGrade(app, teacher, 1, SyncFixture.GK, "2", "NOT_ASSIGNED");
        assertThat(model.refusals()).hasSize(1); // nothing reported yet

        app.sync().recount(); // as the scheduler does after a push

        assertThat(model.refusals()).extracting(ConflictsViewModel.RefusalItem::reason).containsExactly(
                "Học kỳ đã được khoá sổ trên máy chủ trước khi thay đổi này đến.",
                "Người sửa không được phân công dạy môn này ở lớp này.");
        model.deactivate();
        SyncFixture.refusedGrade(app, teacher, 2, SyncFixture.GK, "3", "SEQ_REUSED");
        app.sync().recount();
        assertThat(model.refusals()).hasSize(2);
    }

    @Test
    void unknownReasonCodesAndEnglishReadAsSentencesToo() {
        SyncFixture.refusedGrade(app, teacher, 1, SyncFixture.GK, "2", "SOMETHING_NEW");
        I18n english = new I18n();
        english.localeProperty().set(I18n.ENGLISH);
        ConflictsViewModel model = new ConflictsViewModel(app.sync(), teacher, english, Async.direct(), status);
        model.activate();
        assertThat(model.refusals()).extracting(ConflictsViewModel.RefusalItem::reason).containsExactly(
                "The term was locked on the server before this change arrived.",
                "The server refused this change (code SOMETHING_NEW).");
        assertThat(model.conflicts().getFirst().question()).isEqualTo("Score has different values:");
        assertThat(List.of(model.refusalsHeadingProperty().get())).containsExactly("Refused changes (2)");
    }
}
