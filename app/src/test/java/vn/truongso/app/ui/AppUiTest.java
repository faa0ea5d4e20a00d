package vn.truongso.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import vn.truongso.app.TruongSoApp;
import vn.truongso.app.gradebook.ColumnKey;
import vn.truongso.app.gradebook.DemoFixture;
import vn.truongso.app.gradebook.GradeColumn;
import vn.truongso.app.gradebook.GradeRow;
import vn.truongso.app.gradebook.GradebookRef;
import vn.truongso.app.gradebook.GradebookViewModel;
import vn.truongso.core.grading.AssessmentKind;

/** The app in a real (headless) window over a real store: what a teacher and a principal do, key by key. */
@ExtendWith(ApplicationExtension.class)
class AppUiTest {
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private TruongSoApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        Path dataDir = Files.createTempDirectory("truongso-ui");
        this.stage = stage;
        app = new TruongSoApp(() -> DemoFixture.open(dataDir));
        app.start(stage);
        stage.requestFocus();
    }

    @Stop
    void stop() {
        app.stop();
    }

    @Test
    void loginRefusesAWrongPasswordAndSwitchesLanguage(FxRobot robot) {
        waitFor(robot, "#login-username");
        Screenshots.save(stage.getScene().getRoot(), "login.png");
        robot.clickOn("#login-username").write("gv.toan");
        robot.clickOn("#login-password").write("sai-mat-khau").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !text(robot, "#login-error").isEmpty());
        assertThat(text(robot, "#login-error")).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");

        robot.clickOn("#language-en");
        assertThat(robot.lookup("#login-submit").queryButton().getText()).isEqualTo("Sign in");
        assertThat(text(robot, "#login-error")).isEqualTo("Wrong username or password.");
        robot.clickOn("#language-vi");
        assertThat(robot.lookup("#login-submit").queryButton().getText()).isEqualTo("Đăng nhập");
        assertThat(stage.getTitle()).isEqualTo("Trường Số");
    }

    @Test
    void teacherTypesPastesAndSeesAverageAndHistory(FxRobot robot) throws Exception {
        login(robot, "gv.toan");
        assertThat(text(robot, "#person-name")).isEqualTo("Trần Thị Thanh Bình");
        assertThat(text(robot, "#person-roles")).isEqualTo("Giáo viên bộ môn, Giáo viên chủ nhiệm");
        assertThat(robot.lookup("#nav-term-lock").tryQuery()).isEmpty();
        open(robot, "10A1 — Toán", "Học kỳ I");
        TableView<GradeRow> table = table(robot);
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly(
                "STT", "Họ và tên", "TX1", "TX2", "TX3", "TX4", "GK", "CK", "ĐTBmhk");

        // A column at a time, as teachers do: Enter commits and moves down.
        robot.clickOn(cell(robot, 0, "TX3"));
        robot.type(KeyCode.DIGIT8).type(KeyCode.ENTER);
        robot.write("7,5").type(KeyCode.ENTER);
        assertThat(cell(robot, 0, "TX3").getText()).isEqualTo("8");
        assertThat(cell(robot, 1, "TX3").getText()).isEqualTo("7,5");
        assertThat(text(robot, "#status-text")).startsWith("Đã lưu TX3 của ");

        // Along a row: Tab commits and moves right; the term average appears once the row is complete.
        robot.clickOn(cell(robot, 0, "TX4"));
        robot.write("9").type(KeyCode.TAB).write("7").type(KeyCode.TAB).write("8").type(KeyCode.ENTER);
        assertThat(cell(robot, 0, "CK").getText()).isEqualTo("8");
        assertThat(cell(robot, 0, "ĐTBmhk").getText()).matches("\\d+,\\d");

        // Refused entries stay in place, in red, with the reason naming the cell; nothing is saved.
        String third = name(table, 2);
        robot.clickOn(cell(robot, 2, "TX3"));
        robot.write("11").type(KeyCode.ENTER);
        assertThat(cell(robot, 2, "TX3").getText()).isEqualTo("11");
        assertThat(cell(robot, 2, "TX3").getPseudoClassStates()).contains(REFUSED);
        assertThat(text(robot, "#status-text")).isEqualTo("TX3 của " + third + ": điểm phải từ 0 đến 10");
        robot.write("abc").type(KeyCode.ENTER);
        assertThat(cell(robot, 3, "TX3").getText()).isEqualTo("abc");
        assertThat(text(robot, "#status-text")).endsWith(": không phải là điểm số");

        // Ctrl+V of a block copied from a spreadsheet, through the system clipboard.
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(
                Map.of(DataFormat.PLAIN_TEXT, "6\t7\r\n8\t9\r\n")));
        robot.clickOn(cell(robot, 4, "TX3"));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        assertThat(text(robot, "#status-text")).isEqualTo("Đã lưu 4 ô.");
        assertThat(cell(robot, 5, "TX4").getText()).isEqualTo("9");

        // Ctrl+C copies the selected rectangle as TSV; Delete clears; Escape drops what was being typed.
        robot.clickOn(cell(robot, 4, "TX3")).press(KeyCode.SHIFT).clickOn(cell(robot, 5, "TX4"))
                .release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get())
                .isEqualTo("6\t7\n8\t9");
        robot.type(KeyCode.DELETE); // clears the four selected cells, saved together
        assertThat(cell(robot, 4, "TX3").getText()).isEmpty();
        assertThat(cell(robot, 5, "TX4").getText()).isEmpty();
        assertThat(text(robot, "#status-text")).isEqualTo("Đã lưu 4 ô.");
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(
                Map.of(DataFormat.PLAIN_TEXT, "6\t7\r\n8\t9\r\n")));
        robot.clickOn(cell(robot, 4, "TX3"));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        robot.clickOn(cell(robot, 6, "TX3")).write("5").type(KeyCode.ESCAPE);
        assertThat(cell(robot, 6, "TX3").getText()).isEmpty();
        assertThat(table.getItems().get(6).state(GradeColumn.assessment(tx(3))).text()).isEmpty();
        robot.clickOn(cell(robot, 0, "TX1"));
        Screenshots.save(stage.getScene().getRoot(), "gradebook.png");

        // History of a cell changed twice: Ctrl+H.
        robot.clickOn(cell(robot, 0, "TX3"));
        robot.write("9").type(KeyCode.ENTER);
        robot.clickOn(cell(robot, 0, "TX3"));
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        ListView<String> history = robot.lookup(".history-list").queryListView();
        assertThat(history.isVisible()).isTrue();
        assertThat(history.getItems()).hasSize(2);
        assertThat(history.getItems().get(0)).matches("Trần Thị Thanh Bình · \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d · 8 → 9");
        assertThat(history.getItems().get(1)).endsWith("(trống) → 8");
        Screenshots.save(stage.getScene().getRoot(), "history.png");

        robot.clickOn("#period-choice").clickOn("Cả năm");
        assertThat(table(robot).getColumns()).extracting(c -> c.getText()).containsExactly(
                "STT", "Họ và tên", "ĐTBmhk I", "ĐTBmhk II", "ĐTBmcn");
        assertThat(text(robot, "#gradebook-banner")).startsWith("Cả năm");
        Screenshots.save(stage.getScene().getRoot(), "gradebook-year.png");
    }

    @Test
    void principalLocksTermOneAndTheTeacherCanNoLongerEditIt(FxRobot robot) {
        login(robot, "hieutruong");
        assertThat(text(robot, "#person-roles")).isEqualTo("Hiệu trưởng");
        robot.clickOn("#nav-term-lock");
        robot.clickOn("#term-lock-1");
        assertThat(text(robot, "#status-text")).isEqualTo("Đã khoá sổ Học kỳ I.");
        robot.clickOn("#logout");

        login(robot, "gv.toan");
        open(robot, "10A1 — Toán", "Học kỳ I");
        assertThat(text(robot, "#gradebook-banner")).isEqualTo("Học kỳ I đã khoá sổ: bảng điểm chỉ để xem, không sửa được.");
        String before = cell(robot, 0, "TX1").getText();
        robot.clickOn(cell(robot, 0, "TX1"));
        robot.type(KeyCode.DIGIT5);
        assertThat(text(robot, "#status-text")).isEqualTo(text(robot, "#gradebook-banner"));
        assertThat(table(robot).getEditingCell()).isNull();
        assertThat(cell(robot, 0, "TX1").getText()).isEqualTo(before);
        Screenshots.save(stage.getScene().getRoot(), "gradebook-locked.png");
    }

    @Test
    void aBurstOfKeysTypedFasterThanTheScreenRedrawsLosesNothing(FxRobot robot) {
        login(robot, "gv.toan");
        open(robot, "10A1 — Toán", "Học kỳ I");
        robot.clickOn(cell(robot, 0, "TX3"));

        // All keys delivered before JavaFX draws again, each to whatever has the focus at that moment, as a real
        // window does with a fast typist (seen on GTK: "95" typed in 5 ms became "9" before this was fixed).
        robot.interact(() -> {
            for (String keys : new String[] {"95\n", "7,5\n", "abc\n"}) {
                burst(keys);
            }
        });

        assertThat(cell(robot, 0, "TX3").getText()).isEqualTo("95");
        assertThat(cell(robot, 0, "TX3").getPseudoClassStates()).contains(REFUSED);
        assertThat(cell(robot, 1, "TX3").getText()).isEqualTo("7,5");
        assertThat(cell(robot, 2, "TX3").getText()).isEqualTo("abc");
    }

    private void burst(String keys) {
        for (char key : keys.toCharArray()) {
            KeyCode code = key == '\n' ? KeyCode.ENTER : KeyCode.getKeyCode(String.valueOf(key).toUpperCase());
            String character = key == '\n' ? "\r" : String.valueOf(key);
            fireAtFocusOwner(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, code);
            fireAtFocusOwner(KeyEvent.KEY_TYPED, character, KeyCode.UNDEFINED);
            fireAtFocusOwner(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, code);
        }
    }

    private void fireAtFocusOwner(EventType<KeyEvent> type, String character, KeyCode code) {
        Node target = stage.getScene().getFocusOwner();
        Event.fireEvent(target, new KeyEvent(type, character, "", code == null ? KeyCode.UNDEFINED : code,
                false, false, false, false));
    }

    private static ColumnKey tx(int seq) {
        return new ColumnKey(AssessmentKind.TX, seq);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private void login(FxRobot robot, String username) {
        waitFor(robot, "#login-username");
        robot.clickOn("#login-username").write(username);
        robot.clickOn("#login-password").write(DemoFixture.PASSWORD).type(KeyCode.ENTER);
        waitFor(robot, "#gradebook-table");
        waitUntil(() -> !table(robot).getItems().isEmpty());
    }

    /** Chooses class — subject and term with the mouse, as a person would. */
    private static void open(FxRobot robot, String gradebook, String period) {
        robot.clickOn("#gradebook-choice").clickOn(gradebook);
        robot.clickOn("#period-choice").clickOn(period);
        GradebookRef chosen = (GradebookRef) robot.lookup("#gradebook-choice").queryComboBox().getValue();
        assertThat(GradebookViewModel.label(chosen)).isEqualTo(gradebook);
        waitUntil(() -> !table(robot).getItems().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static TableView<GradeRow> table(FxRobot robot) {
        return robot.lookup("#gradebook-table").queryAs(TableView.class);
    }

    private static String name(TableView<GradeRow> table, int row) {
        return table.getItems().get(row).fullName();
    }

    /** The on-screen cell of a row under the column with this header. */
    private static TableCell<?, ?> cell(FxRobot robot, int row, String header) {
        return robot.lookup(".grade-cell").match((TableCell<?, ?> c) -> c.getIndex() == row
                        && c.getTableColumn() != null && header.equals(c.getTableColumn().getText()))
                .query();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitFor(FxRobot robot, String query) {
        waitUntil(() -> robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
