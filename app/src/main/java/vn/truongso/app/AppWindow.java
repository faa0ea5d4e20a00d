package vn.truongso.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.truongso.app.auth.LoginView;
import vn.truongso.app.auth.LoginViewModel;
import vn.truongso.app.auth.Session;
import vn.truongso.app.common.Async;
import vn.truongso.app.common.StatusModel;
import vn.truongso.app.common.View;
import vn.truongso.app.gradebook.GradebookView;
import vn.truongso.app.gradebook.GradebookViewModel;
import vn.truongso.app.i18n.I18n;
import vn.truongso.app.shell.MainView;
import vn.truongso.app.shell.MainViewModel;
import vn.truongso.app.shell.NavEntry;
import vn.truongso.app.startup.StartupView;
import vn.truongso.app.terms.TermLockView;
import vn.truongso.app.terms.TermLockViewModel;

/**
 * The one window and what it shows: opening the store, login, then the main screen. This is where the features are
 * wired together, so that they need not know each other.
 */
public final class AppWindow {
    private static final String STYLESHEET = "/vn/truongso/app/truongso.css";

    private final Stage stage;
    private final Scene scene;
    private final I18n i18n;
    private final Async async;
    private final StatusModel status = new StatusModel();
    private AppServices services;
    private View current;

    public AppWindow(Stage stage, I18n i18n, Async async) {
        this.stage = stage;
        this.i18n = i18n;
        this.async = async;
        StartupView startup = new StartupView(i18n);
        this.scene = new Scene(startup.root(), 1180, 760);
        scene.getStylesheets().add(AppWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.titleProperty().bind(i18n.bind("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setScene(scene);
        current = startup;
    }

    public Scene scene() {
        return scene;
    }

    public I18n i18n() {
        return i18n;
    }

    public Async async() {
        return async;
    }

    public AppServices services() {
        return services;
    }

    public View current() {
        return current;
    }

    /** Opens the store off the UI thread while the progress indicator shows, then hands the services on. */
    public void open(Supplier<AppServices> opener, Consumer<AppServices> whenOpen) {
        StartupView startup = (StartupView) current;
        async.run(opener, opened -> {
            services = opened;
            whenOpen.accept(opened);
        }, startup::showFailure);
    }

    public LoginView showLogin() {
        LoginView login = new LoginView(new LoginViewModel(services.auth(), i18n, async, this::showMain), i18n);
        show(login);
        return login;
    }

    public MainView showMain(Session session) {
        status.clear();
        MainViewModel model = new MainViewModel(session, i18n, status, this::showLogin);
        Map<NavEntry, Supplier<View>> screens = new EnumMap<>(NavEntry.class);
        screens.put(NavEntry.GRADEBOOK, () -> new GradebookView(
                new GradebookViewModel(services.gradebooks(), session, i18n, status), i18n));
        screens.put(NavEntry.TERM_LOCK, () -> new TermLockView(
                new TermLockViewModel(services.gradebooks(), session, i18n, status), i18n));
        MainView main = new MainView(model, i18n, screens);
        show(main);
        return main;
    }

    public void close() {
        if (current != null) {
            current.deactivate();
        }
        if (services != null) {
            services.close();
            services = null;
        }
    }

    private void show(View view) {
        current.deactivate();
        current = view;
        scene.setRoot(view.root());
        view.activate();
    }
}
