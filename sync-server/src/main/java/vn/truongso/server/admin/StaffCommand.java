package vn.truongso.server.admin;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.truongso.core.school.Role;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.school.School;
import vn.truongso.server.staff.StaffAccounts;

/** {@code staff add|list|disable|enable|reset-password|add-role}: a school's staff accounts. */
@Command(name = "staff", description = "Manage a school's staff accounts (they reach every PC of the school by sync).",
        subcommands = {StaffCommand.Add.class, StaffCommand.ListStaff.class, StaffCommand.Disable.class,
                StaffCommand.Enable.class, StaffCommand.ResetPassword.class, StaffCommand.AddRole.class})
final class StaffCommand {

    abstract static class SchoolStaffCommand extends AdminCommand {
        @Option(names = "--school", required = true, description = "The school's code.")
        String schoolCode;

        @Override
        final void run(ServerContext context, PrintWriter out) {
            run(new StaffAccounts(context, Clock.systemUTC()), context.schools().require(schoolCode), out);
        }

        abstract void run(StaffAccounts staff, School school, PrintWriter out);
    }

    abstract static class OneAccount extends SchoolStaffCommand {
        @Option(names = "--username", required = true)
        String username;
    }

    @Command(name = "add", description = "Create an account; prints its one-time password once.")
    static final class Add extends OneAccount {
        @Option(names = "--name", required = true, description = "Full name, e.g. \"Nguyễn Thị Hoa\".")
        String fullName;

        @Option(names = "--role", required = true, description = "ADMIN, PRINCIPAL, TEACHER, HOMEROOM or CLERK; repeatable.")
        List<Role> roles;

        @Override
        void run(StaffAccounts staff, School school, PrintWriter out) {
            String password = staff.add(school, username, fullName, EnumSet.copyOf(roles));
            out.println("Created " + username + " in " + school.code() + "; one-time password: " + password);
        }
    }

    @Command(name = "list", description = "List accounts: username, active, roles, name.")
    static final class ListStaff extends SchoolStaffCommand {
        @Override
        void run(StaffAccounts staff, School school, PrintWriter out) {
            out.println("USERNAME\tACTIVE\tROLES\tNAME");
            staff.list(school).forEach(a -> out.println(a.username() + "\t" + a.active() + "\t"
                    + a.roles().stream().map(Enum::name).collect(Collectors.joining(",")) + "\t" + a.fullName()));
        }
    }

    @Command(name = "disable", description = "Stop an account from logging in (on every PC after its next sync).")
    static final class Disable extends OneAccount {
        @Override
        void run(StaffAccounts staff, School school, PrintWriter out) {
            staff.setActive(school, username, false);
            out.println("Disabled " + username);
        }
    }

    @Command(name = "enable", description = "Let a disabled account log in again.")
    static final class Enable extends OneAccount {
        @Override
        void run(StaffAccounts staff, School school, PrintWriter out) {
            staff.setActive(school, username, true);
            out.println("Enabled " + username);
        }
    }

    @Command(name = "reset-password", description = "Give an account a new one-time password; prints it once.")
    static final class ResetPassword extends OneAccount {
        @Override
        void run(StaffAccounts staff, School school, PrintWriter out) {
            out.println("New one-time password for " + username + ": " + staff.resetPassword(school, username));
        }
    }

    @Command(name = "add-role", description = "Give an account one more role.")
    static final class AddRole extends OneAccount {
        @Option(names = "--role", required = true)
        Role role;

        @Override
        void run(StaffAccounts staff, School school, PrintWriter out) {
            staff.addRole(school, username, role);
            out.println("Added " + role + " to " + username);
        }
    }
}
