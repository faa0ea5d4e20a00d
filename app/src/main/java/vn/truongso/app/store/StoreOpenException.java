package vn.truongso.app.store;

/** The local store could not be opened, for a reason the person at the PC can act on. */
public final class StoreOpenException extends RuntimeException {

    public enum Reason {
        /** Another Trường Số window (or process) on this PC has the store open. */
        IN_USE,
        /** store.key does not open this database file: a key from another PC or a lost key. */
        WRONG_KEY,
        /** store.key is not a key at all. */
        DAMAGED_KEY
    }

    private final Reason reason;

    public StoreOpenException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
