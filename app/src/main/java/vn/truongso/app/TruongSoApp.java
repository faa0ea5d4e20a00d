package vn.truongso.app;

import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.truongso.app.common.Async;
import vn.truongso.app.i18n.I18n;

/** The desktop app: opens the local store with a progress indicator, then the login screen. */
public class TruongSoApp extends Application {
    private final Supplier<AppServices> opener;
    private ExecutorService background;
    private AppWindow window;

    public TruongSoApp() {
        this(StorePreload::take);
    }

    /** For tests: services over a data folder of their own (and a fixed clock). Called off the UI thread. */
    public TruongSoApp(Supplier<AppServices> opener) {
        this.opener = opener;
    }

    @Override
    public void start(Stage stage) {
        background = Async.daemonPool();
        window = new AppWindow(stage, new I18n(), new Async(background, Platform::runLater));
        stage.show();
        ColdStartBench bench = ColdStartBench.fromSystemProperties();
        window.open(opener, services -> {
            if (bench != null) {
                bench.run(window);
            } else {
                window.showLogin();
                window.startSync(); // after the first window: no network work before it shows
            }
        });
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
    }

    public AppWindow window() {
        return window;
    }
}
