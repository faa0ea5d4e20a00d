package vn.truongso.server.admin;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.truongso.server.config.ServerConfig;

/** {@code --config FILE}, which every command takes: the server.properties to use (none = the defaults). */
public final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE",
            description = "server.properties to use (default: none; the built-in defaults, H2 under ./data).")
    Path file;

    ServerConfig load() {
        return file == null ? ServerConfig.defaults() : ServerConfig.load(file);
    }
}
