package vn.truongso.app.sync;

import java.time.Duration;

/** Why a sync step failed, in terms the scheduler acts on and the status bar can say. */
public final class SyncException extends Exception {
    public enum Kind {
        /** No answer: the line is down or the server is off. Try again later; nothing is lost. */
        OFFLINE,
        /** The server is busy (429/503); try again after {@link #retryAfter()}. */
        BUSY,
        /** This PC is not (or no longer) enrolled: revoked, suspended or its identity reused. Enrol again. */
        NOT_ENROLLED,
        /** This PC's version is older than the server serves: update the app. */
        UPGRADE_NEEDED,
        /** The server refused the request as malformed: a bug, reported with the server's message. */
        REFUSED
    }

    private final Kind kind;
    private final String code;
    private final Duration retryAfter;

    public SyncException(Kind kind, String code, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public SyncException(Kind kind, String code, String message) {
        this(kind, code, message, Duration.ZERO, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The server's error code (e.g. {@code IDENTITY_REUSED}), or a local one. */
    public String code() {
        return code;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
