package vn.truongso.app.demo;

import java.util.List;
import java.util.Objects;
import vn.truongso.core.school.Role;

/**
 * A staff account of the demo school, for the README, manual demos and tests. Every demo account has the same
 * password, {@link DemoSchool#PASSWORD}.
 *
 * @param username  what to type at the login screen
 * @param password  the shared demo password
 * @param fullName  the person's name as the app shows it
 * @param roles     the roles stored in staff_role
 * @param canDo     what the person is there to do in a demo (classes and subjects for teachers)
 */
public record DemoAccount(String username, String password, String fullName, List<Role> roles, String canDo) {
    public DemoAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(fullName, "fullName");
        roles = List.copyOf(roles);
        Objects.requireNonNull(canDo, "canDo");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
