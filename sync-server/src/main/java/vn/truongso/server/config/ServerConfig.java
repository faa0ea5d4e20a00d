package vn.truongso.server.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything an operator can set, read from {@code server.properties} ({@code --config}). With no file the
 * defaults run a server on 127.0.0.1:8443 with an H2 database under {@code ./data}. Keys are listed in
 * {@link Keys}; an unknown key is refused, so a typo never silently leaves a default in force.
 *
 * @param jdbcUrl   empty = H2 file {@code truongso-server} in the data folder; {@code jdbc:postgresql:…} for PostgreSQL
 * @param masterKeyFile where the key that encrypts the school CAs' private keys lives (created, mode 0600, when
 *                  missing); default {@code master.key} in the data folder
 * @param masterKey the same key given directly (base64 of 32 bytes), for deployments that keep secrets outside
 *                  files; wins over the file
 * @param maxBodyBytes the largest request body, after any gzip is undone (413 above)
 * @param maxConcurrentRequests sync requests served at once; more are answered 429 at once rather than queued
 * @param retryAfterSeconds the Retry-After given with 429
 * @param enrolAttemptsPerMinute enrolment attempts one client address may make per minute (429 above)
 */
public record ServerConfig(String bindAddress, int port, Path dataDir, Optional<String> jdbcUrl, String jdbcUser,
                           String jdbcPassword, int poolSize, Path masterKeyFile, Optional<String> masterKey,
                           long maxBodyBytes, int maxConcurrentRequests, int retryAfterSeconds,
                           int enrolAttemptsPerMinute, Duration shutdownTimeout) {

    /** The keys of server.properties. */
    public static final class Keys {
        public static final String BIND_ADDRESS = "bind.address";
        public static final String PORT = "port";
        public static final String DATA_DIR = "data.dir";
        public static final String JDBC_URL = "jdbc.url";
        public static final String JDBC_USER = "jdbc.user";
        public static final String JDBC_PASSWORD = "jdbc.password";
        public static final String POOL_SIZE = "jdbc.pool.size";
        public static final String MASTER_KEY_FILE = "master.key.file";
        public static final String MASTER_KEY = "master.key";
        public static final String MAX_BODY_BYTES = "limits.max.body.bytes";
        public static final String MAX_CONCURRENT_REQUESTS = "limits.max.concurrent.requests";
        public static final String RETRY_AFTER_SECONDS = "limits.retry.after.seconds";
        public static final String ENROL_ATTEMPTS_PER_MINUTE = "limits.enrol.attempts.per.minute";
        public static final String SHUTDOWN_TIMEOUT_SECONDS = "shutdown.timeout.seconds";

        static final Set<String> ALL = Set.of(BIND_ADDRESS, PORT, DATA_DIR, JDBC_URL, JDBC_USER, JDBC_PASSWORD,
                POOL_SIZE, MASTER_KEY_FILE, MASTER_KEY, MAX_BODY_BYTES, MAX_CONCURRENT_REQUESTS, RETRY_AFTER_SECONDS,
                ENROL_ATTEMPTS_PER_MINUTE, SHUTDOWN_TIMEOUT_SECONDS);

        private Keys() {}
    }

    public static final int DEFAULT_PORT = 8443;
    /** The protocol's push limit is 4 MB before gzip (docs/sync-protocol.md §4). */
    public static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;

    public ServerConfig {
        requirePositive(port, Keys.PORT, 0, 65535);
        requirePositive(poolSize, Keys.POOL_SIZE, 1, 1000);
        requirePositive(maxConcurrentRequests, Keys.MAX_CONCURRENT_REQUESTS, 1, 100_000);
        requirePositive(retryAfterSeconds, Keys.RETRY_AFTER_SECONDS, 1, 3600);
        requirePositive(enrolAttemptsPerMinute, Keys.ENROL_ATTEMPTS_PER_MINUTE, 1, 1_000_000);
        if (maxBodyBytes < 1024) {
            throw new ConfigException(Keys.MAX_BODY_BYTES + " must be at least 1024, not " + maxBodyBytes);
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        masterKeyFile = masterKeyFile == null ? dataDir.resolve("master.key") : masterKeyFile.toAbsolutePath();
        jdbcUrl = jdbcUrl.filter(url -> !url.isBlank());
        masterKey = masterKey.filter(key -> !key.isBlank());
    }

    /** The settings used when there is no file: every default. */
    public static ServerConfig defaults() {
        return fromProperties(new Properties());
    }

    /** Reads {@code file}; a missing or unreadable file is a ConfigException naming it. */
    public static ServerConfig load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw new ConfigException("configuration file not found: " + file);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
        return fromProperties(properties);
    }

    public static ServerConfig fromProperties(Properties properties) {
        Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
        unknown.removeAll(Keys.ALL);
        if (!unknown.isEmpty()) {
            throw new ConfigException("unknown setting(s) " + unknown + "; known: " + new TreeSet<>(Keys.ALL));
        }
        Settings settings = new Settings(properties);
        Path dataDir = Path.of(settings.text(Keys.DATA_DIR, "data"));
        return new ServerConfig(
                settings.text(Keys.BIND_ADDRESS, "127.0.0.1"),
                settings.integer(Keys.PORT, DEFAULT_PORT),
                dataDir,
                Optional.ofNullable(properties.getProperty(Keys.JDBC_URL)).map(String::strip),
                settings.text(Keys.JDBC_USER, ""),
                properties.getProperty(Keys.JDBC_PASSWORD, ""),
                settings.integer(Keys.POOL_SIZE, 10),
                Optional.ofNullable(properties.getProperty(Keys.MASTER_KEY_FILE)).map(String::strip).map(Path::of)
                        .orElse(null),
                Optional.ofNullable(properties.getProperty(Keys.MASTER_KEY)).map(String::strip),
                settings.longInteger(Keys.MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES),
                settings.integer(Keys.MAX_CONCURRENT_REQUESTS, 32),
                // 2 s, not 5: with 200 schools pushing at once (benchmark 3), 5 s left the server idle a third of the
                // time while refused PCs waited; at 2 s it is busy throughout and takes 29 % more rows a second.
                settings.integer(Keys.RETRY_AFTER_SECONDS, 2),
                settings.integer(Keys.ENROL_ATTEMPTS_PER_MINUTE, 20),
                Duration.ofSeconds(settings.integer(Keys.SHUTDOWN_TIMEOUT_SECONDS, 30)));
    }

    /** The JDBC URL actually used: the configured one, or the default H2 file in the data folder. */
    public String effectiveJdbcUrl() {
        // TRACE_LEVEL_FILE=0: H2's trace file would hold the SQL, and so the data, of failed statements.
        // WRITE_DELAY=0: a change the server acknowledged must survive a power cut or a kill; the PC will not send it
        // again (the crash test kills the server mid-push and finds every acknowledged change after the restart).
        return jdbcUrl.orElseGet(() -> "jdbc:h2:file:" + dataDir.resolve("truongso-server")
                + ";TRACE_LEVEL_FILE=0;WRITE_DELAY=0");
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(bindAddress, newPort, dataDir, jdbcUrl, jdbcUser, jdbcPassword, poolSize,
                masterKeyFile, masterKey, maxBodyBytes, maxConcurrentRequests, retryAfterSeconds,
                enrolAttemptsPerMinute, shutdownTimeout);
    }

    public ServerConfig withDatabase(String url, String user, String password) {
        return new ServerConfig(bindAddress, port, dataDir, Optional.of(url), user, password, poolSize,
                masterKeyFile, masterKey, maxBodyBytes, maxConcurrentRequests, retryAfterSeconds,
                enrolAttemptsPerMinute, shutdownTimeout);
    }

    public ServerConfig withDataDir(Path newDataDir) {
        return new ServerConfig(bindAddress, port, newDataDir, jdbcUrl, jdbcUser, jdbcPassword, poolSize,
                null, masterKey, maxBodyBytes, maxConcurrentRequests, retryAfterSeconds,
                enrolAttemptsPerMinute, shutdownTimeout);
    }

    public ServerConfig withPoolSize(int newPoolSize) {
        return new ServerConfig(bindAddress, port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, newPoolSize,
                masterKeyFile, masterKey, maxBodyBytes, maxConcurrentRequests, retryAfterSeconds,
                enrolAttemptsPerMinute, shutdownTimeout);
    }

    public ServerConfig withShutdownTimeout(Duration newShutdownTimeout) {
        return new ServerConfig(bindAddress, port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, poolSize,
                masterKeyFile, masterKey, maxBodyBytes, maxConcurrentRequests, retryAfterSeconds,
                enrolAttemptsPerMinute, newShutdownTimeout);
    }

    public ServerConfig withLimits(long newMaxBodyBytes, int newMaxConcurrentRequests, int newEnrolAttemptsPerMinute) {
        return new ServerConfig(bindAddress, port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, poolSize,
                masterKeyFile, masterKey, newMaxBodyBytes, newMaxConcurrentRequests, retryAfterSeconds,
                newEnrolAttemptsPerMinute, shutdownTimeout);
    }

    /** Never prints the database password or the master key: configurations end up in logs. */
    @Override
    public String toString() {
        return "ServerConfig[bind=" + bindAddress + ":" + port + ", dataDir=" + dataDir + ", jdbcUrl="
                + effectiveJdbcUrl() + ", jdbcUser=" + jdbcUser + ", poolSize=" + poolSize + ", masterKeyFile="
                + (masterKey.isPresent() ? "(given in configuration)" : masterKeyFile) + ", maxBodyBytes="
                + maxBodyBytes + ", maxConcurrentRequests=" + maxConcurrentRequests + ", retryAfterSeconds="
                + retryAfterSeconds + ", enrolAttemptsPerMinute=" + enrolAttemptsPerMinute + ", shutdownTimeout="
                + shutdownTimeout + "]";
    }

    private static void requirePositive(long value, String key, long min, long max) {
        if (value < min || value > max) {
            throw new ConfigException(key + " must be between " + min + " and " + max + ", not " + value);
        }
    }

    /** Typed reads with the key in every error message. */
    private record Settings(Properties properties) {
        String text(String key, String fallback) {
            String value = properties.getProperty(key);
            return value == null || value.isBlank() ? fallback : value.strip();
        }

        int integer(String key, int fallback) {
            long value = longInteger(key, fallback);
            if (value != (int) value) {
                throw new ConfigException(key + " is too large: " + value);
            }
            return (int) value;
        }

        long longInteger(String key, long fallback) {
            String value = text(key, null);
            if (value == null) {
                return fallback;
            }
            try {
                return Long.parseLong(value.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new ConfigException(key + " must be a whole number, not '" + value + "'");
            }
        }
    }
}
