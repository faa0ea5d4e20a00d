package vn.truongso.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.app.ui.UiSteps.login;
import static vn.truongso.app.ui.UiSteps.shown;
import static vn.truongso.app.ui.UiSteps.text;
import static vn.truongso.app.ui.UiSteps.waitFor;
import static vn.truongso.app.ui.UiSteps.waitForText;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import vn.truongso.app.AppServices;
import vn.truongso.app.TruongSoApp;
import vn.truongso.app.gradebook.DemoFixture;
import vn.truongso.app.sync.SyncFixture;

/** An enrolled PC whose server is off: the status bar says offline and counts what waits; nothing is lost. */
@ExtendWith(ApplicationExtension.class)
class SyncStatusUiTest {
    private TruongSoApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        Path dataDir = Files.createTempDirectory("truongso-ui-offline");
        try (AppServices services = DemoFixture.open(dataDir)) {
            SyncFixture.enrolWithoutServer(services, SyncFixture.unreachableServer());
        }
        this.stage = stage;
        app = new TruongSoApp(() -> AppServices.open(dataDir, DemoFixture.LATE_NOVEMBER));
        app.start(stage);
        stage.requestFocus();
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void aTeacherTypesAGradeWhileTheServerIsOffAndTheStatusBarSaysOfflineWithOneChangeWaiting(FxRobot robot) {
        login(robot, "gv.toan");
        waitForText(robot, "#sync-state", "Ngoại tuyến", 20);
        assertThat(shown(robot, "#sync-settings-link")).isFalse();

        robot.clickOn(UiSteps.gradeCell(robot, 0, "GK")).write("8").type(KeyCode.ENTER);
        assertThat(text(robot, "#status-text")).startsWith("Đã lưu GK của ");
        waitForText(robot, "#sync-pending", "1 thay đổi chờ gửi", 20);
        waitForText(robot, "#sync-state", "Ngoại tuyến", 20);
        assertThat(robot.lookup("#sync-state").queryLabeled().getTooltip().getText())
                .startsWith("Không kết nối được máy chủ.");
        Screenshots.save(stage.getScene().getRoot(), "sync-status-offline.png");

        // Ctrl+3: the teacher's third entry, the sync settings; she sees the status but may not enrol.
        UiSteps.shortcut(robot, KeyCode.DIGIT3);
        waitFor(robot, "#sync-settings-screen");
        waitForText(robot, "#sync-settings-state", "Ngoại tuyến", 10);
        assertThat(shown(robot, "#sync-not-allowed")).isTrue();
        assertThat(robot.lookup("#sync-enrol").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#sync-enrolled-school")).isEqualTo(vn.truongso.core.demo.DemoSchoolData.SCHOOL_CODE);
    }
}
