package vn.truongso.server.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.truongso.server.http.ServerContext;
import vn.truongso.server.school.School;
import vn.truongso.server.sync.SnapshotExport;

/** {@code snapshot export}: a school's data as a signed file, for a PC whose line is too poor to download it. */
@Command(name = "snapshot", description = "Snapshot files for PCs that start from a USB stick.",
        subcommands = SnapshotCommand.Export.class)
final class SnapshotCommand {

    @Command(name = "export", description = "Write the school's snapshot, signed by its CA, to a file.")
    static final class Export extends AdminCommand {
        @Option(names = "--school", required = true, description = "The school's code.")
        String schoolCode;

        @Option(names = "--out", required = true, description = "The file to write, e.g. /media/usb/truong.snapshot")
        Path out;

        @Override
        void run(ServerContext context, PrintWriter console) {
            School school = context.schools().require(schoolCode);
            try (OutputStream file = Files.newOutputStream(out)) {
                int rows = SnapshotExport.export(context, school, file);
                console.println("Wrote " + rows + " rows of " + school.code() + " to " + out + " ("
                        + Files.size(out) / 1024 + " KB)");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out, e);
            }
        }
    }
}
