package vn.truongso.app;

import java.nio.file.Path;
import java.time.Clock;
import vn.truongso.app.auth.AuthService;
import vn.truongso.app.auth.StoreAuthService;
import vn.truongso.app.demo.DemoSchool;
import vn.truongso.app.gradebook.GradebookService;
import vn.truongso.app.gradebook.StoreGradebookService;
import vn.truongso.app.store.LocalStore;
import vn.truongso.app.sync.SyncService;

/**
 * The app's services over one open local store: what the screens are given. Opening an empty data folder creates
 * the store and fills it with the demo school, so a first run shows something real to try. Sync is wired here but
 * not started: the window starts it once it shows ({@link SyncService#start}), and every gradebook save nudges it.
 */
public record AppServices(LocalStore store, AuthService auth, GradebookService gradebooks, SyncService sync)
        implements AutoCloseable {

    public static AppServices open(Path dataDir) {
        return open(dataDir, Clock.systemDefaultZone());
    }

    public static AppServices open(Path dataDir, Clock clock) {
        LocalStore store = LocalStore.open(dataDir, clock);
        try {
            SyncService sync = new SyncService(store);
            // An enrolment saved just before a crash may not have given up the demo school yet: finish it before
            // anything reads the school (no network; one query when there is nothing to finish).
            sync.finishInterruptedEnrolment();
            // A store wiped for enrolment waits for its school from the server: no demo school again.
            if (store.isEmpty() && !sync.awaitingSchool()) {
                store.write(tx -> {
                    DemoSchool.seedInto(tx, clock);
                    return null;
                });
            }
            return new AppServices(store, new StoreAuthService(store), new StoreGradebookService(store, sync::nudge),
                    sync);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            sync.close(); // before the store: the sync threads write to it
        } finally {
            store.close();
        }
    }
}
