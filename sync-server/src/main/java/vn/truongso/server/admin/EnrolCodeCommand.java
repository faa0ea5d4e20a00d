package vn.truongso.server.admin;

import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.school.School;

/** {@code enrol-code create}: a one-time code that lets one PC enrol with a school. */
@Command(name = "enrol-code", description = "One-time codes with which PCs enrol.",
        subcommands = EnrolCodeCommand.Create.class)
final class EnrolCodeCommand {

    @Command(name = "create", description = "Create a one-time enrolment code (shown once, stored only hashed).")
    static final class Create extends AdminCommand {
        @Option(names = "--school", required = true, paramLabel = "CODE", description = "The school's code.")
        String schoolCode;

        @Option(names = "--valid-hours", defaultValue = "72", description = "Hours the code stays valid (default 72).")
        int validHours;

        @Override
        void run(ServerContext context, PrintWriter out) {
            School school = context.schools().require(schoolCode);
            String code = context.enrolmentCodes().create(school, Duration.ofHours(validHours));
            out.println(code);
            out.println("One-time enrolment code for " + school.code() + ", valid " + validHours
                    + " hours. It is shown only now: type it into the PC's enrolment screen.");
        }
    }
}
