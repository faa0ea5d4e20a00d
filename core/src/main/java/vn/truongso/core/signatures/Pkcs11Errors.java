package vn.truongso.core.signatures;

import java.util.Optional;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import vn.truongso.core.signatures.KeyAccessException.Problem;

/**
 * Turns SunPKCS11's exceptions into {@link KeyAccessException}s a person can act on. SunPKCS11 wraps the PKCS#11
 * return value (CKR_...) in an exception class of its own that is not exported, so its name is read from the
 * messages along the cause chain.
 */
final class Pkcs11Errors {
    private Pkcs11Errors() {}

    static KeyAccessException loading(RuntimeException e, String library, int slotListIndex) {
        String messages = messages(e);
        if (messages.contains("does not exist") || messages.contains("Absolute path required")) {
            return new KeyAccessException(Problem.LIBRARY_MISSING,
                    "no PKCS#11 library at '" + library + "' (an absolute path to the token's driver is needed)", e);
        }
        if (messages.contains("slotListIndex is")) {
            return new KeyAccessException(Problem.NO_TOKEN, "no token at slot list index " + slotListIndex + " ("
                    + causeMessage(e, "slotListIndex is").orElse("") + ")", e);
        }
        if (messages.contains("CKR_TOKEN_NOT_RECOGNIZED") || messages.contains("CKR_TOKEN_NOT_PRESENT")
                || messages.contains("CKR_DEVICE_REMOVED") || messages.contains("CKR_SLOT_ID_INVALID")) {
            return new KeyAccessException(Problem.NO_TOKEN, "no initialised token at slot list index "
                    + slotListIndex + " of '" + library + "'", e);
        }
        if (findCause(e, java.io.IOException.class).isPresent()) {
            return new KeyAccessException(Problem.LIBRARY_UNUSABLE, "'" + library
                    + "' cannot be loaded as a PKCS#11 library: " + messages, e);
        }
        return new KeyAccessException(Problem.TOKEN_FAILURE, "cannot open the token at slot list index "
                + slotListIndex + " of '" + library + "': " + messages, e);
    }

    static KeyAccessException signingIn(LoginException e, int slotListIndex) {
        String messages = messages(e);
        if (e instanceof FailedLoginException || messages.contains("CKR_PIN_INCORRECT")
                || messages.contains("CKR_PIN_LEN_RANGE")) {
            // PKCS#11 tells no count of tries left through Java's API; tokens often lock after 3 to 10.
            return new KeyAccessException(Problem.WRONG_PIN, "the token refused the PIN", e);
        }
        if (messages.contains("CKR_PIN_LOCKED")) {
            return new KeyAccessException(Problem.PIN_LOCKED,
                    "the token's PIN is locked after too many wrong tries; unlock it with the issuer's tool", e);
        }
        if (messages.contains("No token present") || messages.contains("CKR_TOKEN_NOT_PRESENT")
                || messages.contains("CKR_DEVICE_REMOVED") || messages.contains("CKR_USER_PIN_NOT_INITIALIZED")) {
            return new KeyAccessException(Problem.NO_TOKEN, "no usable token at slot list index " + slotListIndex, e);
        }
        return new KeyAccessException(Problem.TOKEN_FAILURE, "cannot sign in to the token: " + messages, e);
    }

    /** Every message along the cause chain, so that a CKR_ name is found however deep it is wrapped. */
    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                all.append(all.isEmpty() ? "" : "; ").append(t.getMessage());
            }
        }
        return all.toString();
    }

    private static Optional<String> causeMessage(Throwable e, String containing) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(containing)) {
                return Optional.of(t.getMessage());
            }
        }
        return Optional.empty();
    }

    private static <T extends Throwable> Optional<T> findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
