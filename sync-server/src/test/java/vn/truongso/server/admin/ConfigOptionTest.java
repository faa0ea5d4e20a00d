package vn.truongso.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.server.config.ConfigException;
import vn.truongso.server.config.ServerConfig;

/** How an installed server finds /etc/truongso-server/server.properties and, through it, /var/lib/truongso-server. */
class ConfigOptionTest {
    @TempDir
    Path dir;

    @Test
    void theEnvironmentNamesTheFileWhenNoOptionIsGiven() throws Exception {
        Path etc = Files.createDirectories(dir.resolve("etc/truongso-server"));
        Path varLib = dir.resolve("var/lib/truongso-server");
        Path file = Files.writeString(etc.resolve("server.properties"), "data.dir=" + varLib + "\nport=9443\n");

        Path chosen = ConfigOption.configFile(null, Map.of(ConfigOption.ENV, file.toString())).orElseThrow();
        ServerConfig config = ServerConfig.load(chosen);

        assertThat(chosen).isEqualTo(file);
        assertThat(config.dataDir()).isEqualTo(varLib);
        assertThat(config.port()).isEqualTo(9443);
        assertThat(config.masterKeyFile()).isEqualTo(varLib.resolve("master.key"));
        assertThat(config.effectiveJdbcUrl()).startsWith("jdbc:h2:file:" + varLib.resolve("truongso-server") + ";");
    }

    @Test
    void theOptionWinsOverTheEnvironment() {
        Path option = dir.resolve("other.properties");

        assertThat(ConfigOption.configFile(option, Map.of(ConfigOption.ENV, "/etc/truongso-server/server.properties")))
                .contains(option);
    }

    @Test
    void neitherMeansTheDefaults() {
        assertThat(ConfigOption.configFile(null, Map.of())).isEmpty();
        assertThat(ConfigOption.configFile(null, Map.of(ConfigOption.ENV, "  "))).isEmpty();
    }

    @Test
    void aRelativePathInTheEnvironmentIsRefused() {
        assertThatThrownBy(() -> ConfigOption.configFile(null, Map.of(ConfigOption.ENV, "server.properties")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(ConfigOption.ENV);
    }

    @Test
    void aMissingFileNamedByTheEnvironmentIsAnErrorNotTheDefaults() {
        Path missing = dir.resolve("missing.properties");
        Path chosen = ConfigOption.configFile(null, Map.of(ConfigOption.ENV, missing.toString())).orElseThrow();

        assertThatThrownBy(() -> ServerConfig.load(chosen)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(missing.toString());
    }
}
