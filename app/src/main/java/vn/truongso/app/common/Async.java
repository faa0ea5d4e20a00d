package vn.truongso.app.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs slow work (opening the store, Argon2id at login) off the UI thread and hands the result back on it.
 * View models take one of these instead of calling Platform directly, so their tests run without a toolkit.
 */
public record Async(Executor background, Executor ui) {

    /** Both steps on the calling thread: for view-model tests. */
    public static Async direct() {
        return new Async(Runnable::run, Runnable::run);
    }

    /** Daemon threads, so a pending task never keeps the JVM alive after the window closes. */
    public static ExecutorService daemonPool() {
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "truongso-background");
            thread.setDaemon(true);
            return thread;
        });
    }

    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        background.execute(() -> {
            try {
                T result = work.get();
                ui.execute(() -> onDone.accept(result));
            } catch (RuntimeException | Error e) {
                ui.execute(() -> onError.accept(e));
            }
        });
    }
}
