package vn.truongso.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import vn.truongso.app.sync.SyncClient;
import vn.truongso.app.sync.SyncException;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.TestServer;

/**
 * A PC cloned from a disk image (or restored from a backup) does not pass for the original: its first write is
 * refused, the identity is suspended, and both PCs enrol again — after which every grade typed on either arrives.
 */
class ClonedPcTest {

    @Test
    void aClonedPcIsCaughtAtItsFirstPushAndNothingTypedOnEitherIsLost() throws Exception {
        try (TestServer server = TestServer.start(DatabaseKind.H2);
             SyncWorld world = SyncWorld.tiny(server, SyncClient.defaultHttp()).sharingServer()) {
            Pc original = world.enrolledPc("Phòng máy 1");
            Pc clone = original.cloneDisk();
            original.type(original.login("gv.toan"), "10A1", "Toán", 0, AssessmentKind.TX, 1, "8");
            clone.type(clone.login("gv.toan"), "10A1", "Toán", 1, AssessmentKind.TX, 1, "6");

            original.sync();
            SyncException caught = catchThrowableOfType(SyncException.class, clone::sync);
            SyncException afterwards = catchThrowableOfType(SyncException.class, original::sync);

            assertThat(caught.kind()).isEqualTo(SyncException.Kind.NOT_ENROLLED);
            assertThat(caught.code()).isEqualTo("IDENTITY_REUSED");
            assertThat(afterwards.code()).isEqualTo("DEVICE_SUSPENDED");
            assertThat(clone.replica().status().pending()).isEqualTo(1);

            clone.enrol(world.url(), server.newEnrolmentCode(world.school()), "Phòng máy 2");
            original.enrol(world.url(), server.newEnrolmentCode(world.school()), "Phòng máy 1");
            for (int round = 0; round < 2; round++) {
                clone.sync();
                original.sync();
            }

            assertThat(original.grades()).isEqualTo(clone.grades()).containsValues("8", "6");
            assertThat(original.workingStates()).isEqualTo(clone.workingStates());
            clone.close();
        }
    }
}
