package vn.truongso.app;

import java.nio.file.Path;
import java.time.Clock;
import vn.truongso.app.auth.AuthService;
import vn.truongso.app.auth.StoreAuthService;
import vn.truongso.app.demo.DemoSchool;
import vn.truongso.app.gradebook.GradebookService;
import vn.truongso.app.gradebook.StoreGradebookService;
import vn.truongso.app.store.LocalStore;
import vn.truongso.app.sync.LocalReplica;

/**
 * The app's services over one open local store: what the screens are given. Opening an empty data folder creates
 * the store and fills it with the demo school, so a first run shows something real to try.
 */
public record AppServices(LocalStore store, AuthService auth, GradebookService gradebooks) implements AutoCloseable {

    public static AppServices open(Path dataDir) {
        return open(dataDir, Clock.systemDefaultZone());
    }

    public static AppServices open(Path dataDir, Clock clock) {
        LocalStore store = LocalStore.open(dataDir, clock);
        try {
            // A store wiped for enrolment waits for its school from the server: no demo school again.
            if (store.isEmpty() && !new LocalReplica(store).awaitingSchool()) {
                store.write(tx -> {
                    DemoSchool.seedInto(tx, clock);
                    return null;
                });
            }
            return new AppServices(store, new StoreAuthService(store), new StoreGradebookService(store));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
