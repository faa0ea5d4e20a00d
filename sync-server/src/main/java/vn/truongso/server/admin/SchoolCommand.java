package vn.truongso.server.admin;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.school.School;
import vn.truongso.server.signing.SigningPkis;
import vn.truongso.server.trust.MasterKey;
import vn.truongso.core.signatures.pki.KeyAlgorithm;
import java.util.Optional;

/** {@code school create|list}. */
@Command(name = "school", description = "Create and list the schools this server serves.",
        subcommands = {SchoolCommand.Create.class, SchoolCommand.ListSchools.class})
final class SchoolCommand {

    @Command(name = "create", description = "Create a school, with its own device CA and document-signing PKI.")
    static final class Create extends AdminCommand {
        @Option(names = "--code", required = true, description = "Short code: letters, digits, '-', '_' (max 20).")
        String code;

        @Option(names = "--name", required = true, description = "The school's full name.")
        String name;

        @Option(names = "--signing-algorithm", description = "Its document-signing keys: RSA_2048 (default) or EC_P256.")
        KeyAlgorithm signingAlgorithm = KeyAlgorithm.RSA_2048;

        @Override
        void run(ServerContext context, PrintWriter out) {
            School school = context.schools().create(code, name);
            out.println("Created school " + school.code() + " (" + school.name() + "), id " + school.id());
            // The document-signing PKI (seal, TSA; the principal's key comes with `signing principal`) is made here,
            // at the school's initialisation, in its own transaction: should it fail, `signing init` makes it later.
            new SigningPkis(context.database(), MasterKey.load(context.config()), context.clock())
                    .create(school, Optional.empty(), signingAlgorithm);
            out.println("Created its document-signing PKI (" + signingAlgorithm + "): school seal and time-stamping");
        }
    }

    @Command(name = "list", description = "List the schools: code, id, last server sequence, name.")
    static final class ListSchools extends AdminCommand {
        @Override
        void run(ServerContext context, PrintWriter out) {
            out.println("CODE\tID\tLAST_SEQ\tNAME");
            for (School school : context.schools().list()) {
                out.println(school.code() + "\t" + school.id() + "\t" + school.lastSeq() + "\t" + school.name());
            }
        }
    }
}
