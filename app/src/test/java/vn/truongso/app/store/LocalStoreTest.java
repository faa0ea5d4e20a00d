package vn.truongso.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.truongso.app.store.schema.Tables.STUDENT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.app.AppServices;

class LocalStoreTest {
    @TempDir
    Path dataDir;

    @Test
    void studentNamesAreNotReadableInTheFileOnDisk() throws Exception {
        String someName;
        try (AppServices app = AppServices.open(dataDir, Clock.systemDefaultZone())) {
            someName = app.store().db().select(STUDENT.FULL_NAME).from(STUDENT).limit(1).fetchOne(STUDENT.FULL_NAME);
        }
        byte[] file = Files.readAllBytes(dataDir.resolve(LocalStore.DATABASE_NAME + ".mv.db"));
        String raw = new String(file, StandardCharsets.ISO_8859_1);

        assertThat(someName).isNotBlank();
        assertThat(raw).doesNotContain(new String(someName.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        assertThat(raw).doesNotContain("CREATE TABLE");
    }

    @Test
    void aFailedStatementLeavesNoPlainTextTraceBehind() {
        try (LocalStore store = LocalStore.open(dataDir, Clock.systemDefaultZone())) {
            assertThatThrownBy(() -> store.db().execute("SELECT full_name FROM student WHERE full_name = 'Nguyễn Văn An' AND x"))
                    .isInstanceOf(org.jooq.exception.DataAccessException.class);
        }

        assertThat(dataDir.resolve(LocalStore.DATABASE_NAME + ".trace.db")).doesNotExist();
    }

    @Test
    void theFileCannotBeOpenedWithoutItsKey() {
        try (AppServices app = AppServices.open(dataDir, Clock.systemDefaultZone())) {
            assertThat(app.store().isEmpty()).isFalse();
        }
        String url = "jdbc:h2:file:" + dataDir.resolve(LocalStore.DATABASE_NAME) + ";CIPHER=AES;IFEXISTS=TRUE";
        String wrongKey = "0".repeat(64);

        assertThatThrownBy(() -> DriverManager.getConnection(url, "truongso", wrongKey + " " + wrongKey).close())
                .isInstanceOf(java.sql.SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(
                "jdbc:h2:file:" + dataDir.resolve(LocalStore.DATABASE_NAME) + ";IFEXISTS=TRUE", "truongso", "").close())
                .isInstanceOf(java.sql.SQLException.class);
    }

    private void assertOpenRefused(StoreOpenException.Reason reason) {
        assertThatThrownBy(() -> LocalStore.open(dataDir, Clock.systemDefaultZone()))
                .isInstanceOfSatisfying(StoreOpenException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private UUID deviceAfterOpening() {
        try (LocalStore store = LocalStore.open(dataDir, Clock.systemDefaultZone())) {
            return store.deviceId();
        }
    }

    @Test
    void keyFileIsPrivateToItsOwnerAndReusedOnReopen() throws Exception {
        UUID firstDevice = deviceAfterOpening();
        Path key = dataDir.resolve(StoreKey.FILE_NAME);
        String keyText = Files.readString(key);
        assertThat(deviceAfterOpening()).isEqualTo(firstDevice);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(Files.readString(key)).isEqualTo(keyText).matches("[0-9a-f]{64}");
    }

    @Test
    void aDamagedKeyFileIsReportedNotOverwritten() throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve(StoreKey.FILE_NAME), "not a key");

        assertOpenRefused(StoreOpenException.Reason.DAMAGED_KEY);
        assertThat(Files.readString(dataDir.resolve(StoreKey.FILE_NAME))).isEqualTo("not a key");
    }

    @Test
    void aKeyFromAnotherPcIsRefusedAndTheDataIsUntouched() throws Exception {
        UUID device = deviceAfterOpening();
        Path key = dataDir.resolve(StoreKey.FILE_NAME);
        String ownKey = Files.readString(key);
        Files.writeString(key, "ab".repeat(32));

        assertOpenRefused(StoreOpenException.Reason.WRONG_KEY);

        Files.writeString(key, ownKey);
        assertThat(deviceAfterOpening()).isEqualTo(device);
    }

    @Test
    void aSecondAppOnTheSameDataIsToldTheStoreIsInUse() throws Exception {
        LocalStore.open(dataDir, Clock.systemDefaultZone()).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldStoreOpen.class.getName(), dataDir.toString()).redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            while (line != null && !line.startsWith("READY")) {
                line = out.readLine();
            }
            assertThat(line).as("the other app opened the store").startsWith("READY");

            assertOpenRefused(StoreOpenException.Reason.IN_USE);
        } finally {
            other.destroyForcibly().waitFor();
        }
    }
}
