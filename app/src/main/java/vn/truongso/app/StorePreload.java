package vn.truongso.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.truongso.app.store.DataDirectory;

/**
 * Opens the local store while the JavaFX toolkit starts. Both take hundreds of milliseconds; done one after the
 * other they would add up in the cold start (DESIGN §6: ≤ 2 s to a usable gradebook).
 */
final class StorePreload {
    private static CompletableFuture<AppServices> pending;

    private StorePreload() {}

    /** Called first thing in {@code main}, before the toolkit starts. */
    static synchronized void begin() {
        if (pending == null) {
            pending = CompletableFuture.supplyAsync(() -> AppServices.open(DataDirectory.resolve()),
                    runnable -> {
                        Thread thread = new Thread(runnable, "truongso-open-store");
                        thread.setDaemon(true);
                        thread.start();
                    });
        }
    }

    /** The services opened by {@link #begin()}, waiting for them if needed; opens them now if nobody began. */
    static AppServices take() {
        CompletableFuture<AppServices> started;
        synchronized (StorePreload.class) {
            started = pending;
            pending = null;
        }
        if (started == null) {
            return AppServices.open(DataDirectory.resolve());
        }
        try {
            return started.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
