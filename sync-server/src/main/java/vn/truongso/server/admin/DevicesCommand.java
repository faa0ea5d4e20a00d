package vn.truongso.server.admin;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.school.School;
import vn.truongso.server.trust.Device;

/** {@code devices list|revoke}. */
@Command(name = "devices", description = "The PCs enrolled with a school.",
        subcommands = {DevicesCommand.ListDevices.class, DevicesCommand.Revoke.class})
final class DevicesCommand {

    @Command(name = "list", description = "List a school's devices: id, status, name, enrolled, last seen, clock skew.")
    static final class ListDevices extends AdminCommand {
        @Option(names = "--school", required = true, paramLabel = "CODE", description = "The school's code.")
        String schoolCode;

        @Override
        void run(ServerContext context, PrintWriter out) {
            School school = context.schools().require(schoolCode);
            out.println("ID\tSTATUS\tNAME\tENROLLED_AT\tLAST_SEEN_AT\tCLOCK_SKEW_MS\tREVOKE_REASON");
            for (Device device : context.devices().list(school.id())) {
                out.println(device.id() + "\t" + device.status() + "\t" + device.name() + "\t"
                        + text(device.enrolledAt()) + "\t" + text(device.lastSeenAt()) + "\t"
                        + (device.clockSkewMs() == null ? "-" : device.clockSkewMs()) + "\t"
                        + (device.revokeReason() == null ? "-" : device.revokeReason()));
            }
        }

        private static String text(OffsetDateTime time) {
            return time == null ? "-" : time.toString();
        }
    }

    @Command(name = "revoke", description = "Cut a PC off for good (stolen, retired); it goes on the school's CRL.")
    static final class Revoke extends AdminCommand {
        @Parameters(paramLabel = "DEVICE_ID", description = "The device's id (see devices list).")
        UUID deviceId;

        @Option(names = "--reason", required = true, description = "Why, for the record (max 200 characters).")
        String reason;

        @Override
        void run(ServerContext context, PrintWriter out) {
            Device device = context.devices().revoke(deviceId, reason);
            out.println("Revoked device " + device.id() + " (" + device.name() + "); the school's CRL lists it now.");
        }
    }
}
