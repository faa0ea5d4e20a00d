package vn.truongso.app;

import static vn.truongso.app.store.schema.Tables.SCHOOL;
import static vn.truongso.app.store.schema.Tables.STUDENT;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.Record3;
import vn.truongso.app.store.LocalStore;

/**
 * {@code truongso --self-check [DATA_DIR]}: proves an installed copy works without a display. It opens (or creates)
 * the store exactly as the app does at start — key, encryption, Flyway migrations, the demo school when empty —
 * prints one line saying what it found, and exits 0; any failure prints one line and exits 1. It never touches the
 * JavaFX toolkit, so it runs on a server, in CI or over SSH. Without DATA_DIR it works in a temporary folder and
 * deletes it, so a check never changes a user's data unasked; with one (the installers' upgrade test) it opens that.
 */
public final class SelfCheck {
    public static final String FLAG = "--self-check";

    private SelfCheck() {}

    static boolean requested(String[] args) {
        return List.of(args).contains(FLAG);
    }

    /** Runs the check for {@code args} (the flag and an optional folder); returns the process exit code. */
    static int run(String[] args, PrintStream out) {
        List<String> rest = Stream.of(args).filter(arg -> !arg.equals(FLAG)).toList();
        if (rest.size() > 1 || rest.stream().anyMatch(arg -> arg.startsWith("-"))) {
            out.println("self-check failed: usage: truongso --self-check [DATA_DIR]");
            return 2;
        }
        Path temporary = null;
        try {
            Path dataDir;
            if (rest.isEmpty()) {
                temporary = Files.createTempDirectory("truongso-self-check");
                dataDir = temporary;
            } else {
                dataDir = Path.of(rest.getFirst()).toAbsolutePath();
            }
            out.println(check(dataDir));
            return 0;
        } catch (IOException | RuntimeException e) {
            out.println("self-check failed: " + e);
            return 1;
        } finally {
            if (temporary != null) {
                deleteTree(temporary);
            }
        }
    }

    /** Opens the store in {@code dataDir} as the app would and describes it in one line. */
    static String check(Path dataDir) {
        try (AppServices app = AppServices.open(dataDir)) {
            LocalStore store = app.store();
            Record3<java.util.UUID, String, String> school = store.db().select(SCHOOL.ID, SCHOOL.CODE, SCHOOL.NAME)
                    .from(SCHOOL).orderBy(SCHOOL.CODE).limit(1).fetchOne();
            int students = store.db().fetchCount(STUDENT);
            String schema = store.db().fetchValue("SELECT \"version\" FROM \"flyway_schema_history\""
                    + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")
                    .toString();
            return "self-check ok: data=" + dataDir + " schema=" + schema + " device=" + store.deviceId()
                    + (school == null ? " school=none" : " school=" + school.value1() + " code=" + school.value2()
                            + " name=\"" + school.value3() + "\"")
                    + " students=" + students + " java=" + Runtime.version();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
