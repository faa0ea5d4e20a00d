package vn.truongso.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.truongso.server.config.ServerConfig;

/** Server configurations for tests: loopback, any free port, a temporary data folder, a fresh database. */
public final class TestConfigs {
    private TestConfigs() {}

    /** A configuration on a new, empty database of {@code kind}, with its data folder under {@code dataDir}. */
    public static ServerConfig fresh(DatabaseKind kind, Path dataDir) {
        // Small pools: a test JVM holds a few servers at once, and PostgreSQL admits 100 connections.
        ServerConfig config = ServerConfig.defaults().withDataDir(dataDir).withPort(0).withPoolSize(4);
        return switch (kind) {
            case H2 -> config; // the default: an H2 file in the data folder
            case POSTGRESQL -> config.withDatabase(EmbeddedPostgresHolder.newDatabaseUrl(), "postgres", "");
        };
    }

    public static Path newTempDir() {
        try {
            return Files.createTempDirectory("truongso-server-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }
}
