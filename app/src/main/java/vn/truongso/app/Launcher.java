package vn.truongso.app;

import javafx.application.Application;

/**
 * The entry point. It must not extend {@link Application}: the JavaFX launcher refuses to start an Application
 * main class from the classpath (no module path), but starts one named from a plain class.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        // Headless: checked before anything starts the toolkit or opens the user's store.
        if (SelfCheck.requested(args)) {
            System.exit(SelfCheck.run(args, System.out));
        }
        if (VerifyFiles.requested(args)) {
            System.exit(VerifyFiles.run(args, System.out));
        }
        StorePreload.begin();
        Application.launch(TruongSoApp.class, args);
    }
}
