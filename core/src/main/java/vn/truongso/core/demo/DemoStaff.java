package vn.truongso.core.demo;

import java.util.List;
import java.util.Objects;
import vn.truongso.core.school.Role;

/**
 * A staff member of the demo school: the account to log in with and what the person is there to do in a demo.
 *
 * @param duty classes and subjects for teachers, the office's work for the others
 */
public record DemoStaff(String username, String fullName, List<Role> roles, String duty) {
    public DemoStaff {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(fullName, "fullName");
        roles = List.copyOf(roles);
        Objects.requireNonNull(duty, "duty");
    }
}
