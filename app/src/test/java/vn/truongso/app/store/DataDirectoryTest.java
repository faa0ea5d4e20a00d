package vn.truongso.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private static final Path HOME = Path.of("/home/co-lan");

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/data/xdg/truongso"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/co-lan/.local/share/truongso"));
    }

    @Test
    void relativeXdgIsIgnoredAsTheSpecSays() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", HOME))
                .isEqualTo(Path.of("/home/co-lan/.local/share/truongso"));
    }

    @Test
    void windowsUsesLocalAppData() {
        assertThat(DataDirectory.resolve(null, Map.of("LOCALAPPDATA", "/c/Users/lan/AppData/Local"), "Windows 11", HOME))
                .isEqualTo(Path.of("/c/Users/lan/AppData/Local/TruongSo"));
    }

    @Test
    void systemPropertyOverridesEverything() {
        assertThat(DataDirectory.resolve("/srv/truongso", Map.of("XDG_DATA_HOME", "/x"), "Linux", HOME))
                .isEqualTo(Path.of("/srv/truongso"));
    }
}
