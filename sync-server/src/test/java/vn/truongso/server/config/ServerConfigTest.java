package vn.truongso.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerConfigTest {

    @Test
    void withNoFileTheServerRunsOnLoopbackWithH2UnderData() {
        ServerConfig config = ServerConfig.defaults();

        assertThat(config.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8443);
        assertThat(config.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(config.effectiveJdbcUrl()).startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath());
        assertThat(config.masterKeyFile()).isEqualTo(config.dataDir().resolve("master.key"));
        assertThat(config.maxBodyBytes()).isEqualTo(4L * 1024 * 1024);
        assertThat(config.shutdownTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aFileSetsEverySetting(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("server.properties");
        Files.writeString(file, """
                bind.address=0.0.0.0
                port=9000
                data.dir=%s
                jdbc.url=jdbc:postgresql://db.example/truongso
                jdbc.user=truongso
                jdbc.password=s3cret
                jdbc.pool.size=20
                master.key.file=/etc/truongso/master.key
                limits.max.body.bytes=1_000_000
                limits.max.concurrent.requests=64
                limits.retry.after.seconds=9
                limits.enrol.attempts.per.minute=3
                shutdown.timeout.seconds=5
                """.formatted(dir.resolve("d").toString().replace("\\", "/")));

        ServerConfig config = ServerConfig.load(file);

        assertThat(config.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.dataDir()).isEqualTo(dir.resolve("d"));
        assertThat(config.effectiveJdbcUrl()).isEqualTo("jdbc:postgresql://db.example/truongso");
        assertThat(config.jdbcUser()).isEqualTo("truongso");
        assertThat(config.jdbcPassword()).isEqualTo("s3cret");
        assertThat(config.poolSize()).isEqualTo(20);
        assertThat(config.masterKeyFile()).isEqualTo(Path.of("/etc/truongso/master.key").toAbsolutePath());
        assertThat(config.maxBodyBytes()).isEqualTo(1_000_000);
        assertThat(config.maxConcurrentRequests()).isEqualTo(64);
        assertThat(config.retryAfterSeconds()).isEqualTo(9);
        assertThat(config.enrolAttemptsPerMinute()).isEqualTo(3);
        assertThat(config.shutdownTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void secretsNeverAppearInItsText() {
        Properties properties = new Properties();
        properties.setProperty("jdbc.password", "s3cret");
        properties.setProperty("master.key", "a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U=");

        String text = ServerConfig.fromProperties(properties).toString();

        assertThat(text).doesNotContain("s3cret").doesNotContain("a2V5");
    }

    @Test
    void mistakesAreRefusedNamingTheSetting(@TempDir Path dir) {
        assertThatThrownBy(() -> ServerConfig.fromProperties(properties("prot", "80")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown setting(s) [prot]");
        assertThatThrownBy(() -> ServerConfig.fromProperties(properties("port", "eighty")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("port must be a whole number");
        assertThatThrownBy(() -> ServerConfig.fromProperties(properties("port", "70000")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("port must be between 0 and 65535");
        assertThatThrownBy(() -> ServerConfig.fromProperties(properties("limits.max.concurrent.requests",
                "99999999999"))).isInstanceOf(ConfigException.class).hasMessageContaining("too large");
        assertThatThrownBy(() -> ServerConfig.load(dir.resolve("missing.properties")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not found");
    }

    private static Properties properties(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }
}
