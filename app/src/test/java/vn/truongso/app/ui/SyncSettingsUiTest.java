package vn.truongso.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.app.ui.UiSteps.login;
import static vn.truongso.app.ui.UiSteps.shown;
import static vn.truongso.app.ui.UiSteps.text;
import static vn.truongso.app.ui.UiSteps.waitFor;
import static vn.truongso.app.ui.UiSteps.waitForText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import vn.truongso.app.TruongSoApp;
import vn.truongso.app.gradebook.DemoFixture;
import vn.truongso.server.school.School;
import vn.truongso.server.sync.DemoSchoolLoader;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.TestServer;

/** The administrator enrols this PC with a real sync server (the demo school loaded on it), key by key. */
@ExtendWith(ApplicationExtension.class)
class SyncSettingsUiTest {
    private static TestServer server;
    private static School school;
    private TruongSoApp app;
    private Stage stage;

    @BeforeAll
    static void startServer() {
        server = TestServer.start(DatabaseKind.H2, UnaryOperator.identity(), DemoFixture.LATE_NOVEMBER, List.of());
        school = DemoSchoolLoader.load(server.context(), DemoFixture.LATE_NOVEMBER);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Path dataDir = Files.createTempDirectory("truongso-ui-enrol");
        this.stage = stage;
        app = new TruongSoApp(() -> DemoFixture.open(dataDir));
        app.start(stage);
        stage.requestFocus();
    }

    @Stop
    void stop() {
        app.stop();
    }

    private static void set(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    @Test
    void theAdminEnrolsThisPcAfterAWrongCodeAndSyncRuns(FxRobot robot) {
        login(robot, "admin");
        waitForText(robot, "#sync-state", "Chưa kết nối máy chủ", 10);
        robot.clickOn("#sync-settings-link"); // the status bar's link
        waitFor(robot, "#sync-settings-screen");
        waitForText(robot, "#sync-settings-state", "Máy này chưa kết nối với máy chủ nào.", 10);
        assertThat(shown(robot, "#sync-not-allowed")).isFalse();
        assertThat(shown(robot, "#sync-now")).isFalse();

        String url = server.server().baseUri().toString().replaceAll("/$", "");
        robot.clickOn("#sync-server-url").write(url);
        set(robot, "#sync-pc-name", "Phòng giáo vụ 1");
        robot.clickOn("#sync-code").write("ABCD-EFGH-JKMN-PQRS").type(KeyCode.ENTER); // Enter enrols
        waitFor(robot, "#sync-confirm");
        robot.clickOn("#sync-confirm");
        waitForText(robot, "#sync-error",
                "Mã kết nối không đúng, đã được dùng hoặc đã hết hạn. Hãy xin quản trị máy chủ một mã mới.", 20);

        set(robot, "#sync-code", server.newEnrolmentCode(school));
        robot.clickOn("#sync-enrol");
        waitFor(robot, "#sync-warning");
        assertThat(text(robot, "#sync-warning")).startsWith("Lưu ý: dữ liệu trên máy này là dữ liệu thử");
        assertThat(shown(robot, "#sync-error")).isFalse();
        Screenshots.save(stage.getScene().getRoot(), "sync-settings.png");

        robot.type(KeyCode.ESCAPE); // changed her mind…
        assertThat(shown(robot, "#sync-confirm")).isFalse();
        robot.clickOn("#sync-enrol"); // …and back
        waitFor(robot, "#sync-confirm");
        robot.type(KeyCode.ENTER); // the confirm button has the focus

        // The demo school gives way to the server's, so the admin is signed out; the login screen says why and shows
        // the school arriving.
        waitFor(robot, "#login-notice");
        assertThat(text(robot, "#login-notice")).isEqualTo("Máy này đã kết nối với trường " + school.code()
                + ". Dữ liệu của trường đang được tải từ máy chủ; khi tải xong, hãy đăng nhập bằng tài khoản của trường.");
        waitForText(robot, "#sync-state", "Đã đồng bộ", 90);
        Screenshots.save(stage.getScene().getRoot(), "sync-login-after-enrolment.png");

        login(robot, "admin");
        UiSteps.shortcut(robot, KeyCode.DIGIT4);
        waitFor(robot, "#sync-settings-screen");
        waitForText(robot, "#sync-settings-state", "Đã đồng bộ · Đồng bộ lúc 10:00", 30);
        assertThat(text(robot, "#sync-enrolled-server")).isEqualTo(url);
        assertThat(text(robot, "#sync-enrolled-school")).isEqualTo(school.code());
        assertThat(text(robot, "#sync-enrolled-device")).matches("[0-9a-f-]{36}");
        assertThat(text(robot, "#sync-state")).isEqualTo("Đã đồng bộ");
        assertThat(text(robot, "#sync-last")).isEqualTo("Đồng bộ lúc 10:00");
        assertThat(shown(robot, "#sync-settings-link")).isFalse();
        assertThat(shown(robot, "#sync-now")).isTrue();
        Screenshots.save(stage.getScene().getRoot(), "sync-settings-enrolled.png");

        robot.clickOn("#sync-now");
        assertThat(text(robot, "#status-text")).isEqualTo("Đang đồng bộ với máy chủ…");
    }
}
