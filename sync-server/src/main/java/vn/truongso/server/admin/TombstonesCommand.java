package vn.truongso.server.admin;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.school.School;
import vn.truongso.server.sync.TombstonePurge;

/** {@code tombstones purge}: forget deleted rows every active PC of the school has already heard about. */
@Command(name = "tombstones", description = "Deleted rows kept so that every PC learns of the delete.",
        subcommands = TombstonesCommand.Purge.class)
final class TombstonesCommand {

    @Command(name = "purge", description = "Remove deleted rows that every active PC of the school has pulled past.")
    static final class Purge extends AdminCommand {
        @Option(names = "--school", required = true, description = "The school's code.")
        String schoolCode;

        @Override
        void run(ServerContext context, PrintWriter out) {
            School school = context.schools().require(schoolCode);
            out.println("Purged " + TombstonePurge.purge(context.database().dsl(), school.id()) + " deleted rows of "
                    + school.code());
        }
    }
}
