package vn.truongso.core.school;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A person who logs in. Roles combine: a teacher is often a homeroom teacher too. */
public record StaffAccount(UUID id, UUID schoolId, String username, String fullName, Set<Role> roles) {
    public StaffAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(username, "username");
        // Lower-case ASCII so that login on any PC does not depend on keyboard layout or case.
        if (!username.matches("[a-z0-9._-]{3,32}")) {
            throw new IllegalArgumentException("username must be 3–32 of a-z 0-9 . _ -: " + username);
        }
        fullName = Names.required(fullName, "fullName");
        Objects.requireNonNull(roles, "roles");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
