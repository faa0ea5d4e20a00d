package vn.truongso.app.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where this PC keeps Trường Số's data: %LOCALAPPDATA%\TruongSo on Windows, $XDG_DATA_HOME/truongso (default
 * ~/.local/share/truongso) elsewhere. The system property {@code truongso.dataDir} overrides both (tests, and IT
 * staff who keep data on another disk).
 */
public final class DataDirectory {
    public static final String OVERRIDE_PROPERTY = "truongso.dataDir";

    private DataDirectory() {}

    public static Path resolve() {
        return resolve(System.getProperty(OVERRIDE_PROPERTY), System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    static Path resolve(String override, Map<String, String> env, String osName, Path home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String localAppData = env.get("LOCALAPPDATA");
            return (localAppData != null ? Path.of(localAppData) : home.resolve("AppData").resolve("Local"))
                    .resolve("TruongSo");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("truongso");
    }
}
