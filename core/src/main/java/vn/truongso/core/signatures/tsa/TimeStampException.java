package vn.truongso.core.signatures.tsa;

/** A time-stamp could not be had: the authority refused the request, or its answer was not a valid token. */
public class TimeStampException extends RuntimeException {
    public TimeStampException(String message) {
        super(message);
    }

    public TimeStampException(String message, Throwable cause) {
        super(message, cause);
    }
}
