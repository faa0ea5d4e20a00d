package vn.truongso.server.config;

/** A configuration the server cannot run with; the message says which setting and why, in one line. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
