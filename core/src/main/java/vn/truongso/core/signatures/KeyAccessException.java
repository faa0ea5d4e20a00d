package vn.truongso.core.signatures;

/**
 * A signing key could not be reached. {@link #problem()} says why in a form a UI can translate; the message is
 * English for logs and never contains a PIN or password.
 */
public final class KeyAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Problem {
        /** No file at the PKCS#11 library path (or the path is not absolute). */
        LIBRARY_MISSING,
        /** The file exists but is not a PKCS#11 library this JVM can load (wrong architecture, not a library). */
        LIBRARY_UNUSABLE,
        /** No initialised token at that slot list index (unplugged, uninitialised, or the index is too high). */
        NO_TOKEN,
        /** The token refused the PIN. */
        WRONG_PIN,
        /** The token locked its PIN after too many wrong tries; the issuer's tool (SO PIN / PUK) unlocks it. */
        PIN_LOCKED,
        /** The token did not ask for the PIN (it is already signed in by this program), so it could not be checked. */
        PIN_NOT_CHECKED,
        /** No key by that name. */
        NO_SUCH_KEY,
        /** The token or file holds no key with a certificate. */
        NO_KEY,
        /** A key whose certificate is not stored with it: it cannot sign a document anyone can check. */
        KEY_WITHOUT_CERTIFICATE,
        /** The key file's password is wrong. */
        WRONG_PASSWORD,
        /** The file is not a PKCS#12 key file. */
        NOT_A_KEY_FILE,
        /** The certificates given to complete a chain cannot be read. */
        NOT_A_CERTIFICATE_FILE,
        /** The token failed in another way (removed during use, a driver error). */
        TOKEN_FAILURE
    }

    private final Problem problem;

    public KeyAccessException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public KeyAccessException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
