package vn.truongso.app.auth;

import vn.truongso.core.auth.PasswordHasher;
import static vn.truongso.app.store.schema.Tables.STAFF;
import static vn.truongso.app.store.schema.Tables.STAFF_ROLE;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.truongso.app.store.AccessLog;
import vn.truongso.app.store.LocalStore;
import vn.truongso.app.store.schema.tables.records.StaffRecord;
import vn.truongso.core.school.Role;

/** Login against the staff accounts in the local store: works with no network at all. */
public final class StoreAuthService implements AuthService {
    // Verifying against this when the user is unknown makes "no such user" take as long as "wrong password".
    private static final String DECOY_HASH = PasswordHasher.hash("decoy".toCharArray());

    private final LocalStore store;

    public StoreAuthService(LocalStore store) {
        this.store = store;
    }

    @Override
    public Optional<Session> login(String username, char[] password) {
        String normalized = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        StaffRecord staff = store.db().selectFrom(STAFF).where(STAFF.USERNAME.eq(normalized)).fetchOne();
        boolean passwordOk = PasswordHasher.verify(password, staff != null ? staff.getPasswordHash() : DECOY_HASH);
        if (staff == null || !passwordOk || !staff.getActive()) {
            return Optional.empty();
        }
        Set<Role> roles = store.db().select(STAFF_ROLE.ROLE).from(STAFF_ROLE).where(STAFF_ROLE.STAFF_ID.eq(staff.getId()))
                .fetch(STAFF_ROLE.ROLE).stream().map(Role::valueOf).collect(Collectors.toSet());
        store.write(tx -> AccessLog.record(tx, store, staff.getId(), "LOGIN", staff.getUsername()));
        return Optional.of(new Session(staff.getId(), staff.getUsername(), staff.getFullName(), staff.getSchoolId(),
                roles));
    }
}
