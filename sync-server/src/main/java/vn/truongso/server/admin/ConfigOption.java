package vn.truongso.server.admin;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;
import vn.truongso.server.config.ConfigException;
import vn.truongso.server.config.ServerConfig;

/**
 * {@code --config FILE}, which every command takes: the server.properties to use. Without it the file named by the
 * environment variable {@value #ENV} is used, and without that the built-in defaults (H2 under ./data). The variable
 * is how an installed server finds {@code /etc/truongso-server/server.properties}: the systemd unit and the
 * {@code truongso-server-admin} command set it, so an operator types {@code truongso-server-admin school list} and
 * works on the same data as the running service, whatever folder they are in.
 */
public final class ConfigOption {
    public static final String ENV = "TRUONGSO_SERVER_CONFIG";

    @Option(names = "--config", paramLabel = "FILE",
            description = "server.properties to use (default: the file in $" + ENV
                    + " if set, else none: the built-in defaults, H2 under ./data).")
    Path file;

    ServerConfig load() {
        return configFile(file, System.getenv()).map(ServerConfig::load).orElseGet(ServerConfig::defaults);
    }

    /** The file to read: {@code --config} if given, else {@value #ENV} if set and not blank, else none. */
    static Optional<Path> configFile(Path option, Map<String, String> env) {
        if (option != null) {
            return Optional.of(option);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv == null || fromEnv.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(fromEnv.strip());
        if (!path.isAbsolute()) {
            // A relative path would depend on the folder the command was typed in: the mistake this variable avoids.
            throw new ConfigException(ENV + " must be an absolute path, not '" + fromEnv + "'");
        }
        return Optional.of(path);
    }
}
