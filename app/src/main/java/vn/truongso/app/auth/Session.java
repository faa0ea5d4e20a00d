package vn.truongso.app.auth;

import java.util.Set;
import java.util.UUID;
import vn.truongso.core.school.Role;

/** The person logged in on this PC. Every service call that reads or changes data is made on behalf of one. */
public record Session(UUID staffId, String username, String fullName, UUID schoolId, Set<Role> roles) {

    public Session {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Principals and admins lock terms and may read every gradebook of the school. */
    public boolean isSchoolLeader() {
        return has(Role.PRINCIPAL) || has(Role.ADMIN);
    }
}
