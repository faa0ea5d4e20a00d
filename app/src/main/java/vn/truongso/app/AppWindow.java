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
import vn.truongso.app.sync.EnrolmentService;
import vn.truongso.app.sync.SyncService;
import vn.truongso.app.sync.ui.ConflictsView;
import vn.truongso.app.sync.ui.ConflictsViewModel;
import vn.truongso.app.sync.ui.SyncSettingsView;
import vn.truongso.app.sync.ui.SyncSettingsViewModel;
import vn.truongso.app.sync.ui.SyncStatusView;
import vn.truongso.app.sync.ui.SyncStatusViewModel;
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
        return showLogin(null);
    }

    /** The login screen, with a notice above the form when {@code noticeKey} is given (e.g. after an enrolment). */
    public LoginView showLogin(String noticeKey, Object... noticeArgs) {
        LoginViewModel model = new LoginViewModel(services.auth(), i18n, async, this::showMain);
        if (noticeKey != null) {
            model.showNotice(noticeKey, noticeArgs);
        }
        // An enrolled PC shows its sync below the form: after an enrolment the school's accounts arrive with it.
        View syncStatus = services.sync().enrolment().isPresent()
                ? new SyncStatusView(new SyncStatusViewModel(services.sync(), i18n, async, null, null)) : null;
        LoginView login = new LoginView(model, i18n, syncStatus);
        show(login);
        return login;
    }

    /**
     * Starts background sync if this PC is enrolled: after the first window shows, off the UI thread (the first
     * start loads the HTTP client). Its reports reach the screens through {@link Async#ui()}.
     */
    public void startSync() {
        SyncService sync = services.sync();
        async.background().execute(sync::start);
    }

    public MainView showMain(Session session) {
        status.clear();
        SyncService sync = services.sync();
        MainViewModel model = new MainViewModel(session, i18n, status, this::showLogin);
        Map<NavEntry, Supplier<View>> screens = new EnumMap<>(NavEntry.class);
        screens.put(NavEntry.GRADEBOOK, () -> new GradebookView(
                new GradebookViewModel(services.gradebooks(), session, i18n, status), i18n));
        screens.put(NavEntry.TERM_LOCK, () -> new TermLockView(
                new TermLockViewModel(services.gradebooks(), session, i18n, status), i18n));
        screens.put(NavEntry.SYNC_CONFLICTS, () -> new ConflictsView(
                new ConflictsViewModel(sync, session, i18n, async, status), i18n));
        screens.put(NavEntry.SYNC_SETTINGS, () -> new SyncSettingsView(
                new SyncSettingsViewModel(sync, session, i18n, async, status, this::schoolReplaced), i18n));
        SyncStatusView syncStatus = new SyncStatusView(new SyncStatusViewModel(sync, i18n, async,
                () -> model.open(NavEntry.SYNC_CONFLICTS), () -> model.open(NavEntry.SYNC_SETTINGS)));
        MainView main = new MainView(model, i18n, screens, syncStatus);
        show(main);
        return main;
    }

    // The demo school gave way to the server's: the person logged in belonged to it. Sign in again once it arrives.
    private void schoolReplaced(EnrolmentService.Enrolled enrolled) {
        status.clear();
        showLogin("login.notice.enrolled", enrolled.schoolCode());
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
