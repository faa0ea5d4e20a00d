package vn.truongso.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.app.store.LocalStore;

/** The installers' headless check: what it prints is what check-debs.sh compares before and after an upgrade. */
class SelfCheckTest {
    private static final Pattern SCHOOL = Pattern.compile(" device=(\\S+) school=(\\S+) ");

    @TempDir
    Path dataDir;

    @Test
    void createsTheStoreOnceAndFindsTheSameSchoolAfterwards() {
        String first = run(SelfCheck.FLAG, dataDir.toString());
        String second = run(SelfCheck.FLAG, dataDir.toString());

        assertThat(first).startsWith("self-check ok: data=" + dataDir.toAbsolutePath())
                .contains(" schema=" + LocalStore.SCHEMA_VERSION + " ").contains("code=10000806").contains("students=");
        assertThat(dataDir.resolve(LocalStore.DATABASE_NAME + ".mv.db")).exists();
        assertThat(identity(second)).isEqualTo(identity(first));
    }

    @Test
    void withoutAFolderItLeavesNothingBehind() throws Exception {
        Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
        String before = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
        try {
            assertThat(run(SelfCheck.FLAG)).startsWith("self-check ok: ");
        } finally {
            System.setProperty("java.io.tmpdir", before);
        }
        try (var left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFolderItCannotUseIsAFailureWithItsReason() throws Exception {
        Path notAFolder = Files.writeString(dataDir.resolve("not-a-folder"), "a file");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int code = SelfCheck.run(new String[] {SelfCheck.FLAG, notAFolder.toString()}, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("self-check failed: ").contains("not-a-folder");
    }

    @Test
    void refusesArgumentsItDoesNotKnow() {
        int code = SelfCheck.run(new String[] {SelfCheck.FLAG, "--verbose"}, new PrintStream(new ByteArrayOutputStream()));

        assertThat(code).isEqualTo(2);
    }

    private static String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = SelfCheck.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8).strip();
        assertThat(code).as(out).isZero();
        return out;
    }

    private static String identity(String line) {
        Matcher matcher = SCHOOL.matcher(line);
        assertThat(matcher.find()).as(line).isTrue();
        return matcher.group(1) + " " + matcher.group(2);
    }
}
