package vn.truongso.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.app.ui.UiSteps.login;
import static vn.truongso.app.ui.UiSteps.shown;
import static vn.truongso.app.ui.UiSteps.text;
import static vn.truongso.app.ui.UiSteps.waitFor;
import static vn.truongso.app.ui.UiSteps.waitForText;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.RadioButton;
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
import vn.truongso.app.auth.Session;
import vn.truongso.app.gradebook.DemoFixture;
import vn.truongso.app.sync.SyncFixture;

/** A teacher finds a conflict and a refused change through the status bar, settles one and dismisses the other. */
@ExtendWith(ApplicationExtension.class)
class ConflictsUiTest {
    private TruongSoApp app;
    private Stage stage;
    private int student;

    @Start
    void start(Stage stage) throws Exception {
        Path dataDir = Files.createTempDirectory("truongso-ui-conflicts");
        try (AppServices services = DemoFixture.open(dataDir)) {
            Session teacher = DemoFixture.login(services, "gv.toan");
            SyncFixture.refusedGrade(services, teacher, 0, SyncFixture.GK, "1", "TERM_LOCKED");
            student = SyncFixture.gradedStudent(services, teacher, 0);
            SyncFixture.gradeConflict(services, teacher, student, "7", "9.0");
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
    void theTeacherKeepsTheOtherPcsGradeAndDismissesHerRefusedOne(FxRobot robot) {
        login(robot, "gv.toan");
        waitForText(robot, "#sync-attention", "1 xung đột · 1 thay đổi bị từ chối", 10);
        robot.clickOn("#sync-attention");
        waitFor(robot, "#conflict-0");
        waitFor(robot, "#refusal-0");
        assertThat(text(robot, "#conflicts-heading")).isEqualTo("Xung đột (1)");
        assertThat(text(robot, "#refusals-heading")).isEqualTo("Thay đổi bị từ chối (1)");
        assertThat(text(robot, "#refusal-0-reason"))
                .isEqualTo("Học kỳ đã được khoá sổ trên máy chủ trước khi thay đổi này đến.");
        assertThat(robot.lookup("#nav-sync-conflicts").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
        Screenshots.save(stage.getScene().getRoot(), "sync-conflicts.png");

        RadioButton theirs = robot.lookup(".radio-button").match((RadioButton r) -> r.getText().startsWith("9 — "))
                .query();
        robot.clickOn(theirs);
        robot.clickOn("#conflict-0-resolve");
        waitFor(robot, "#conflicts-note");
        assertThat(text(robot, "#conflicts-note")).isEqualTo("Không có xung đột nào.");
        assertThat(text(robot, "#status-text")).startsWith("Đã chọn 9 cho ");

        robot.clickOn("#refusal-0-dismiss");
        waitForText(robot, "#refusals-note", "Không có thay đổi nào bị từ chối.", 10);
        UiSteps.waitUntil(() -> !shown(robot, "#sync-attention"), 10);

        UiSteps.shortcut(robot, KeyCode.DIGIT1); // back to the gradebook: the kept grade is there
        waitFor(robot, "#gradebook-table");
        robot.clickOn("#gradebook-choice").clickOn("10A1 — Toán");
        UiSteps.waitUntil(() -> "9".equals(UiSteps.gradeCell(robot, student, "TX1").getText()), 10);
    }
}
