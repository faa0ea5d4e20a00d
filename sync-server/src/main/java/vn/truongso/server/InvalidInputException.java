package vn.truongso.server;

/**
 * An administrator's or client's input that cannot be acted on (an unknown school, a code already taken); the
 * message says which and why in one line. The admin CLI exits 1 on it, not 2: nothing failed, the input was wrong.
 */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }
}
