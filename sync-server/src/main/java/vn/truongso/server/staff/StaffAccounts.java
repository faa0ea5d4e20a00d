package vn.truongso.server.staff;

import static vn.truongso.server.db.schema.Tables.ROW_STATE;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.truongso.core.auth.PasswordHasher;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.school.Role;
import vn.truongso.core.sync.ProtocolJson;
import vn.truongso.core.sync.RowState;
import vn.truongso.core.sync.SyncEntities;
import vn.truongso.server.InvalidInputException;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.school.School;
import vn.truongso.server.sync.SchoolSignals;
import vn.truongso.server.sync.ServerChanges;
import vn.truongso.server.sync.ServerChanges.RowWrite;

/**
 * Staff accounts of a school, kept by the server's administrator. They are ordinary synced rows (staff and
 * staff_role), written as server changes, so every PC of the school receives them and people can log in offline.
 * Passwords are generated here, shown once, and stored only as Argon2id hashes.
 */
public final class StaffAccounts {
    /** One account as listed. */
    public record Account(UUID id, String username, String fullName, boolean active, Set<Role> roles) {}

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServerContext context;
    private final ServerChanges changes;

    public StaffAccounts(ServerContext context, Clock clock) {
        this.context = context;
        this.changes = new ServerChanges(context.database().dsl(), clock, new SchoolSignals());
    }

    /** The author of the administrator's changes, as PCs show it in history. */
    static UUID administrator(UUID schoolId) {
        return Ids.derived("server-administrator", schoolId);
    }

    /** Creates an account with the given roles; returns its one-time password (to hand over, never stored). */
    public String add(School school, String username, String fullName, Set<Role> roles) {
        String user = username == null ? "" : username.strip();
        if (!user.matches("[a-z0-9._-]{3,50}")) {
            throw new InvalidInputException("username must be 3-50 of a-z, 0-9, '.', '_', '-': '" + username + "'");
        }
        if (fullName == null || fullName.isBlank() || fullName.length() > 100) {
            throw new InvalidInputException("full name must be 1-100 characters");
        }
        if (roles.isEmpty()) {
            throw new InvalidInputException("an account needs at least one role");
        }
        if (find(school, user).isPresent()) {
            throw new InvalidInputException("username " + user + " is taken in " + school.code());
        }
        String password = newPassword();
        UUID id = Ids.newId();
        List<RowWrite> rows = new ArrayList<>();
        rows.add(new RowWrite("staff", id, Map.of("school_id", school.id().toString(), "username", user,
                "full_name", fullName.strip(), "password_hash", PasswordHasher.hash(password.toCharArray()),
                "active", "true")));
        roles.forEach(role -> rows.add(roleRow(id, role)));
        changes.write(school.id(), administrator(school.id()), rows);
        return password;
    }

    /** A new one-time password for the account; returns it. */
    public String resetPassword(School school, String username) {
        Account account = require(school, username);
        String password = newPassword();
        changes.write(school.id(), administrator(school.id()), List.of(new RowWrite("staff", account.id(),
                Map.of("password_hash", PasswordHasher.hash(password.toCharArray())))));
        return password;
    }

    public void setActive(School school, String username, boolean active) {
        Account account = require(school, username);
        changes.write(school.id(), administrator(school.id()), List.of(new RowWrite("staff", account.id(),
                Map.of("active", String.valueOf(active)))));
    }

    public void addRole(School school, String username, Role role) {
        changes.write(school.id(), administrator(school.id()), List.of(roleRow(require(school, username).id(), role)));
    }

    public List<Account> list(School school) {
        Map<UUID, RowState> staff = rows(school, "staff");
        Map<UUID, Set<Role>> roles = new LinkedHashMap<>();
        rows(school, "staff_role").values().stream().filter(RowState::isAlive).forEach(state -> roles
                .computeIfAbsent(UUID.fromString(state.value("staff_id").orElseThrow()), k -> new TreeSet<>())
                .add(Role.valueOf(state.value("role").orElseThrow())));
        return staff.entrySet().stream().filter(e -> e.getValue().isAlive())
                .map(e -> new Account(e.getKey(), e.getValue().value("username").orElse(""),
                        e.getValue().value("full_name").orElse(""),
                        e.getValue().value("active").map("true"::equals).orElse(false),
                        roles.getOrDefault(e.getKey(), Set.of())))
                .sorted(Comparator.comparing(Account::username)).toList();
    }

    private Optional<Account> find(School school, String username) {
        return list(school).stream().filter(a -> a.username().equals(username)).findFirst();
    }

    private Account require(School school, String username) {
        return find(school, username).orElseThrow(() ->
                new InvalidInputException("no account " + username + " in " + school.code()));
    }

    private Map<UUID, RowState> rows(School school, String entity) {
        Map<UUID, RowState> rows = new LinkedHashMap<>();
        context.database().dsl().select(ROW_STATE.ROW_ID, ROW_STATE.STATE_JSON).from(ROW_STATE)
                .where(ROW_STATE.SCHOOL_ID.eq(school.id()).and(ROW_STATE.ENTITY.eq(entity)))
                .forEach(r -> rows.put(r.value1(), ProtocolJson.read(r.value2(), RowState.class)));
        return rows;
    }

    private static RowWrite roleRow(UUID staffId, Role role) {
        return new RowWrite("staff_role", SyncEntities.find("staff_role").orElseThrow()
                .keyedId(staffId.toString(), role.name()), Map.of("staff_id", staffId.toString(), "role", role.name()));
    }

    private static String newPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
