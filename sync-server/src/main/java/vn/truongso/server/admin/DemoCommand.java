package vn.truongso.server.admin;

import java.io.PrintWriter;
import java.time.Clock;
import picocli.CommandLine.Command;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.school.School;
import vn.truongso.server.sync.DemoSchoolLoader;

/** {@code demo load}: the demo school on the server, to enrol PCs against and try sync with. */
@Command(name = "demo", description = "The demo school.", subcommands = DemoCommand.Load.class)
final class DemoCommand {

    @Command(name = "load", description = "Create the demo school (Trường THCS và THPT Bắc Hà) and load its data.")
    static final class Load extends AdminCommand {
        @Override
        void run(ServerContext context, PrintWriter out) {
            School school = DemoSchoolLoader.load(context, Clock.systemDefaultZone());
            out.println("Demo school " + school.code() + " (" + school.name() + ") loaded, last sequence "
                    + school.lastSeq() + "; create an enrolment code with: enrol-code create --school " + school.code());
        }
    }
}
