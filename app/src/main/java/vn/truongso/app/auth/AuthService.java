package vn.truongso.app.auth;

import java.util.Optional;

/** Offline login against the staff accounts held in the local store. */
public interface AuthService {

    /** Empty for an unknown user, a wrong password or a disabled account (the caller cannot tell which). */
    Optional<Session> login(String username, char[] password);
}
