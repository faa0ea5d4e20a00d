package vn.truongso.app;

import javafx.application.Application;

/**
 * The entry point. It must not extend {@link Application}: the JavaFX launcher refuses to start an Application
 * main class from the classpath (no module path), but starts one named from a plain class.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        StorePreload.begin();
        Application.launch(TruongSoApp.class, args);
    }
}
