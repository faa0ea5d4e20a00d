package vn.truongso.app.gradebook;

/** A person asked for something her roles do not allow. The message is for logs, not for the screen. */
public class NotAllowedException extends RuntimeException {
    public NotAllowedException(String message) {
        super(message);
    }
}
