package vn.truongso.app.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;
import vn.truongso.app.common.Async;
import vn.truongso.app.gradebook.CellEdit;
import vn.truongso.app.gradebook.DemoFixture;
import vn.truongso.app.i18n.I18n;
import vn.truongso.app.sync.SyncFixture;
import vn.truongso.app.sync.SyncOverview;
import vn.truongso.app.sync.SyncProgress;

/** The status bar's sync part, without a window: what it says for each state the scheduler reports. */
class SyncStatusViewModelTest {
    // DemoFixture's clock: 23/11/2026 10:00 in Hà Nội.
    private static final Instant NOW = DemoFixture.LATE_NOVEMBER.instant();

    @TempDir
    Path dir;
    AppServices app;
    I18n i18n;
    int conflictsOpened;
    int settingsOpened;
    SyncStatusViewModel model;

    @BeforeEach
    void open() {
        app = DemoFixture.open(dir);
        i18n = new I18n();
        model = new SyncStatusViewModel(app.sync(), i18n, Async.direct(), () -> conflictsOpened++,
                () -> settingsOpened++);
    }

    @AfterEach
    void close() {
        model.deactivate();
        app.close();
    }

    private static SyncOverview overview(SyncOverview.State state, long pending, int conflicts, int refusals,
                                         Instant lastSync, SyncProgress progress, String problem, long offset) {
        return new SyncOverview(state, pending, conflicts, refusals, lastSync, progress, problem, offset);
    }

    @Test
    void aPcThatIsNotEnrolledSaysSoAndLinksToTheSettingsAndCountsWhatItsTeachersSaved() {
        model.activate();
        assertThat(model.stateProperty().get()).isEqualTo(SyncOverview.State.NOT_ENROLLED);
        assertThat(model.stateTextProperty().get()).isEqualTo("Chưa kết nối máy chủ");
        assertThat(model.settingsTextProperty().get()).isEqualTo("Cài đặt đồng bộ");
        assertThat(model.pendingTextProperty().get()).isEmpty();
        assertThat(model.attentionTextProperty().get()).isEmpty();
        assertThat(model.explanationProperty().get()).startsWith("Máy này làm việc một mình");
        model.openSettings();
        assertThat(settingsOpened).isEqualTo(1);

        Session teacher = DemoFixture.login(app, "gv.toan");
        app.gradebooks().save(teacher, new CellEdit(SyncFixture.mathsCell(app, teacher, 0, SyncFixture.GK), "8"));
        app.gradebooks().save(teacher, new CellEdit(SyncFixture.mathsCell(app, teacher, 1, SyncFixture.GK), "7"));
        model.show(app.sync().overview());
        assertThat(model.pendingTextProperty().get()).isEqualTo("2 thay đổi chờ gửi");
    }

    @Test
    void offlineWithChangesWaitingAndTheLastSyncOfTodayOrAnotherDay() {
        model.show(overview(SyncOverview.State.OFFLINE, 3, 0, 0, NOW.minus(Duration.ofMinutes(55)), null, "OFFLINE", 0));
        assertThat(model.stateTextProperty().get()).isEqualTo("Ngoại tuyến");
        assertThat(model.pendingTextProperty().get()).isEqualTo("3 thay đổi chờ gửi");
        assertThat(model.lastSyncTextProperty().get()).isEqualTo("Đồng bộ lúc 09:05");
        assertThat(model.settingsTextProperty().get()).isEmpty();
        assertThat(model.clockTextProperty().get()).isEmpty();
        assertThat(model.explanationProperty().get()).contains("sẽ tự gửi khi có mạng");

        model.show(overview(SyncOverview.State.OFFLINE, 1_250, 0, 0, NOW.minus(Duration.ofHours(20)), null, "OFFLINE",
                0));
        assertThat(model.lastSyncTextProperty().get()).isEqualTo("Đồng bộ lúc 14:00 ngày 22/11");
        assertThat(model.pendingTextProperty().get()).isEqualTo("1.250 thay đổi chờ gửi");

        i18n.localeProperty().set(I18n.ENGLISH);
        model.show(overview(SyncOverview.State.OFFLINE, 1, 0, 0, null, null, "OFFLINE", 0));
        assertThat(model.stateTextProperty().get()).isEqualTo("Offline");
        assertThat(model.pendingTextProperty().get()).isEqualTo("1 change waiting to be sent");
        assertThat(model.lastSyncTextProperty().get()).isEmpty();
    }

    @Test
    void conflictsAndRefusalsAreALinkToTheirScreen() {
        model.show(overview(SyncOverview.State.NEEDS_ATTENTION, 0, 2, 1, NOW, null, null, 0));
        assertThat(model.stateTextProperty().get()).isEqualTo("Cần xử lý");
        assertThat(model.attentionTextProperty().get()).isEqualTo("2 xung đột · 1 thay đổi bị từ chối");
        model.openConflicts();
        assertThat(conflictsOpened).isEqualTo(1);

        model.show(overview(SyncOverview.State.UP_TO_DATE, 0, 0, 0, NOW, null, null, 0));
        assertThat(model.stateTextProperty().get()).isEqualTo("Đã đồng bộ");
        assertThat(model.attentionTextProperty().get()).isEmpty();
    }

    @Test
    void aClockMoreThanAFewMinutesOffTheServersIsAWarning() {
        model.show(overview(SyncOverview.State.UP_TO_DATE, 0, 0, 0, NOW, null, null, 60_000));
        assertThat(model.clockTextProperty().get()).isEmpty();
        model.show(overview(SyncOverview.State.UP_TO_DATE, 0, 0, 0, NOW, null, null, -7 * 60_000 - 5_000));
        assertThat(model.clockTextProperty().get()).isEqualTo("Đồng hồ máy lệch 7 phút so với máy chủ");
        model.show(overview(SyncOverview.State.UP_TO_DATE, 0, 0, 0, NOW, null, null, Duration.ofDays(300).toMillis()));
        assertThat(model.clockTextProperty().get()).isEqualTo("Đồng hồ máy lệch 300 ngày so với máy chủ");
    }

    @Test
    void longSyncsShowTheirProgressShortOnesDoNot() {
        model.show(overview(SyncOverview.State.SYNCING, 0, 0, 0, null,
                new SyncProgress(SyncProgress.Phase.SNAPSHOT, 3_000, -1), null, 0));
        assertThat(model.stateTextProperty().get()).isEqualTo("Đang đồng bộ…");
        assertThat(model.progressShownProperty().get()).isTrue();
        assertThat(model.progressProperty().get()).isEqualTo(-1);
        assertThat(model.progressTextProperty().get()).isEqualTo("Đang tải dữ liệu trường: 3.000 dòng");

        model.show(overview(SyncOverview.State.SYNCING, 500, 0, 0, null,
                new SyncProgress(SyncProgress.Phase.PUSH, 150, 500), null, 0));
        assertThat(model.progressProperty().get()).isEqualTo(0.3);
        assertThat(model.progressTextProperty().get()).isEqualTo("Đang gửi thay đổi: 150/500");

        model.show(overview(SyncOverview.State.SYNCING, 3, 0, 0, null,
                new SyncProgress(SyncProgress.Phase.PUSH, 3, 3), null, 0));
        assertThat(model.progressShownProperty().get()).isFalse();

        model.show(overview(SyncOverview.State.UP_TO_DATE, 0, 0, 0, NOW, null, null, 0));
        assertThat(model.progressShownProperty().get()).isFalse();
        assertThat(model.progressTextProperty().get()).isEmpty();
    }

    @Test
    void aPcTheServerNoLongerAcceptsSaysWhyAndOffersToEnrolAgain() {
        model.show(overview(SyncOverview.State.NOT_ENROLLED, 4, 0, 0, NOW, null, "IDENTITY_REUSED", 0));
        assertThat(model.stateTextProperty().get()).isEqualTo("Máy chủ không nhận máy này");
        assertThat(model.settingsTextProperty().get()).isEqualTo("Kết nối lại");
        assertThat(model.explanationProperty().get()).contains("bản sao của máy này");
        assertThat(model.pendingTextProperty().get()).isEqualTo("4 thay đổi chờ gửi");

        model.show(overview(SyncOverview.State.NEEDS_ATTENTION, 0, 0, 0, NOW, null, "PROTOCOL_TOO_OLD", 0));
        assertThat(model.explanationProperty().get()).startsWith("Phiên bản Trường Số này quá cũ");
        model.show(overview(SyncOverview.State.NEEDS_ATTENTION, 0, 0, 0, NOW, null, "SOMETHING_NEW", 0));
        assertThat(model.explanationProperty().get()).startsWith("Đồng bộ gặp lỗi (SOMETHING_NEW)");
    }

    @Test
    void reportsFromTheSyncThreadsReachTheUiThreadLatestFirstAndStopWhenDeactivated() throws Exception {
        List<Runnable> uiQueue = new ArrayList<>();
        SyncStatusViewModel queued = new SyncStatusViewModel(app.sync(), i18n, new Async(Runnable::run, uiQueue::add),
                () -> { }, () -> { });
        queued.activate();
        uiQueue.removeFirst().run(); // the first state, read in the background
        assertThat(queued.stateProperty().get()).isEqualTo(SyncOverview.State.NOT_ENROLLED);

        Session teacher = DemoFixture.login(app, "gv.toan");
        SyncFixture.refusedGrade(app, teacher, 0, SyncFixture.GK, "1", "TERM_LOCKED");
        Thread syncThread = Thread.ofPlatform().start(() -> {
            app.sync().recount();
            app.sync().recount();
        });
        syncThread.join();
        assertThat(uiQueue).hasSize(1); // two reports, one update
        assertThat(queued.attentionTextProperty().get()).isEmpty(); // not on the sync thread
        uiQueue.removeFirst().run();
        assertThat(queued.attentionTextProperty().get()).isEqualTo("1 thay đổi bị từ chối");

        queued.deactivate();
        app.sync().recount();
        assertThat(uiQueue).isEmpty();
    }
}
