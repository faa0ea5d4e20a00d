package vn.truongso.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import vn.truongso.app.gradebook.GradebookView;
import vn.truongso.app.shell.MainView;
import vn.truongso.app.shell.NavEntry;

/**
 * Cold start to a usable gradebook (DESIGN §6, target ≤ 2 s). With {@code -Dtruongso.bench.coldStart=true
 * -Dtruongso.bench.user=gv.toan -Dtruongso.bench.password=…} the app logs in as that user, opens her first editable
 * gradebook (current term) and, once the grid has been laid out and rendered, prints
 * {@code COLD_START_MS=<ms since JVM start>} and exits with 0.
 */
final class ColdStartBench {
    private final String user;
    private final char[] password;
    private boolean rendered;

    private ColdStartBench(String user, char[] password) {
        this.user = user;
        this.password = password;
    }

    /** Null unless the cold-start benchmark was asked for. */
    static ColdStartBench fromSystemProperties() {
        if (!Boolean.getBoolean("truongso.bench.coldStart")) {
            return null;
        }
        return new ColdStartBench(System.getProperty("truongso.bench.user", ""),
                System.getProperty("truongso.bench.password", "").toCharArray());
    }

    void run(AppWindow window) {
        window.async().run(() -> window.services().auth().login(user, password), session -> {
            if (session.isEmpty()) {
                fail(window, "login");
                return;
            }
            MainView main = window.showMain(session.get());
            afterNextPulse(window, main);
        }, error -> fail(window, "login-error " + error));
    }

    // Rows are set synchronously when the gradebook opens; wait for the pulse that lays out and renders them.
    private void afterNextPulse(AppWindow window, MainView main) {
        Scene scene = window.scene();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Runnable listener = () -> {
            if (!rendered) {
                rendered = true;
                Platform.runLater(() -> finish(window, main));
            }
        };
        scene.addPostLayoutPulseListener(listener);
        Platform.requestNextPulse();
    }

    private void finish(AppWindow window, MainView main) {
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        GradebookView gradebook = (GradebookView) main.screen(NavEntry.GRADEBOOK);
        if (gradebook == null || gradebook.table().getItems().isEmpty()) {
            fail(window, "no-gradebook");
            return;
        }
        System.out.println("COLD_START_MS=" + millis);
        System.out.flush();
        window.close();
        System.exit(0);
    }

    private static void fail(AppWindow window, String why) {
        System.out.println("COLD_START_FAILED=" + why);
        System.out.flush();
        window.close();
        System.exit(2);
    }
}
