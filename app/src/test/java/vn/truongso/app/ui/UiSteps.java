package vn.truongso.app.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.truongso.app.gradebook.DemoFixture;

/** What the sync screens' UI tests do again and again: sign in, wait for a node or a text. */
final class UiSteps {
    private UiSteps() {}

    static void login(FxRobot robot, String username) {
        waitFor(robot, "#login-username");
        robot.clickOn("#login-username").write(username);
        robot.clickOn("#login-password").write(DemoFixture.PASSWORD).type(KeyCode.ENTER);
        waitFor(robot, "#gradebook-table");
        waitUntil(() -> !robot.lookup("#gradebook-table").queryAs(TableView.class).getItems().isEmpty(), 20);
    }

    /** Ctrl+digit: the navigation's entry at that place. */
    static void shortcut(FxRobot robot, KeyCode digit) {
        robot.press(KeyCode.CONTROL).type(digit).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The shown cell of a grid row under the column with this header. Hidden cells are skipped: the grid's virtual
     * flow keeps spare cells (for measuring and reuse) that may still carry an old index and text.
     */
    static TableCell<?, ?> gradeCell(FxRobot robot, int row, String header) {
        return robot.lookup(".grade-cell").match((TableCell<?, ?> c) -> c.getIndex() == row
                && c.getTableColumn() != null && header.equals(c.getTableColumn().getText())
                && visibleInScene(c)).query();
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(UiSteps::visibleInScene).isPresent();
    }

    private static boolean visibleInScene(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    static void waitFor(FxRobot robot, String query) {
        waitUntil(() -> shown(robot, query), 20);
    }

    static void waitForText(FxRobot robot, String query, String expected, int seconds) {
        try {
            waitUntil(() -> shown(robot, query) && expected.equals(text(robot, query)), seconds);
        } catch (AssertionError e) {
            throw new AssertionError(query + " is \"" + (shown(robot, query) ? text(robot, query) : "(hidden)")
                    + "\", not \"" + expected + "\"", e);
        }
    }

    static void waitUntil(Callable<Boolean> condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in " + seconds + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Label label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class);
    }
}
