package vn.truongso.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.truongso.app.sync.EnrolmentStore;
import vn.truongso.app.sync.SnapshotFileImport;
import vn.truongso.app.sync.SyncClient;
import vn.truongso.app.sync.SyncProgress;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.server.school.School;
import vn.truongso.server.sync.SnapshotExport;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.TestServer;

/** A PC on a poor line starts from a signed snapshot file carried on a USB stick, then pulls only what is newer. */
class SnapshotFileTest {

    @Test
    void aPcLoadsItsSchoolFromASignedFileAndRefusesAnAlteredOrForeignOne() throws Exception {
        try (TestServer server = TestServer.start(DatabaseKind.H2);
             SyncWorld world = SyncWorld.tiny(server, SyncClient.defaultHttp()).sharingServer()) {
            Pc online = world.enrolledPc("PC trên mạng");
            Path usb = Files.createTempDirectory("usb");
            Path file = usb.resolve("truong.snapshot");
            try (var out = Files.newOutputStream(file)) {
                SnapshotExport.export(server.context(), world.school(), out);
            }
            online.type(online.login("gv.toan"), "10A1", "Toán", 2, AssessmentKind.GK, 1, "7,5");
            online.sync(); // a grade newer than the file

            Pc offline = Pc.createEmpty(SyncWorld.LATE_NOVEMBER, SyncClient.defaultHttp());
            offline.enrol(world.url(), server.newEnrolmentCode(world.school()), "PC vùng cao");
            SnapshotFileImport files = new SnapshotFileImport(offline.replica(), new EnrolmentStore(offline.app().store()));
            Path altered = usb.resolve("altered.snapshot");
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 0x01;
            Files.write(altered, bytes);
            School other = TinySchool.create(server);
            Path foreign = usb.resolve("other.snapshot");
            try (var out = Files.newOutputStream(foreign)) {
                SnapshotExport.export(server.context(), other, out);
            }

            assertThatThrownBy(() -> files.importFile(altered, SyncProgress.Listener.NONE))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> files.importFile(foreign, SyncProgress.Listener.NONE))
                    .hasMessageContaining("another school");
            assertThat(offline.replica().awaitingSchool()).isTrue();
            assertThat(offline.grades()).isEmpty();

            int loaded = files.importFile(file, SyncProgress.Listener.NONE);
            var pulled = offline.sync();

            assertThat(loaded).isGreaterThan(20);
            assertThat(pulled.pulled()).isEqualTo(1);
            assertThat(offline.grades()).isEqualTo(online.grades()).containsValue("7.5");
            assertThat(offline.workingStates()).isEqualTo(online.workingStates());
            offline.close();
        }
    }
}
