package vn.truongso.server.db;

/** The database cannot be reached or opened: a failure of the environment, not of anyone's input. */
public final class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
