package vn.truongso.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.truongso.app.auth.Session;
import vn.truongso.app.store.ReplicaState;
import vn.truongso.app.gradebook.SaveOutcome;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.server.testing.DatabaseKind;

class TwoPcsSyncTest {

    @Test
    void gradesTypedOfflineOnTwoPcsEndUpOnBoth() throws Exception {
        try (SyncWorld world = SyncWorld.start(DatabaseKind.H2)) {
            Pc a = world.enrolledPc("Phòng GV 1");
            Pc b = world.enrolledPc("Phòng GV 2");
            assertThat(a.grades()).isEqualTo(b.grades()).isNotEmpty();
            Session onA = a.login("gv.toan");
            Session onB = b.login("gv.toan");

            assertThat(a.type(onA, "10A1", "Toán", 0, AssessmentKind.TX, 4, "9")).isInstanceOf(SaveOutcome.Saved.class);
            assertThat(b.type(onB, "10A1", "Toán", 1, AssessmentKind.TX, 4, "6,5")).isInstanceOf(SaveOutcome.Saved.class);
            a.sync();
            b.sync();
            a.sync();

            assertThat(a.grades()).isEqualTo(b.grades());
            assertThat(Differences.of(a.workingStates(), b.workingStates())).isEmpty();
            assertThat(a.replica().status().pending()).isZero();
        }
    }

    @Test
    void aPcWhoseOutboxNoLongerHoldsItsOwnChangesGetsThemWholeAndEndsLikeTheOthers() throws Exception {
        try (SyncWorld world = SyncWorld.start(DatabaseKind.H2)) {
            Pc a = world.enrolledPc("Phòng GV 1");
            Pc b = world.enrolledPc("Phòng GV 2");
            Session onA = a.login("gv.toan");
            a.type(onA, "10A1", "Toán", 0, AssessmentKind.TX, 4, "9");
            a.type(onA, "10A1", "Toán", 1, AssessmentKind.TX, 4, "8");
            a.sync(); // pushed, pulled back as runs: the outbox is empty again
            long cursor = a.replica().cursor();
            // The cursor goes back over the two (as a store put back by hand might): the log after it names them as
            // A's own, which its outbox no longer holds.
            a.app().store().write(tx -> {
                ReplicaState state = ReplicaState.lock(tx);
                state.setCursor(cursor - 2);
                state.save();
                return null;
            });

            a.sync();
            b.sync();

            assertThat(a.replica().cursor()).isEqualTo(cursor);
            assertThat(a.grades()).isEqualTo(b.grades());
            assertThat(Differences.of(a.workingStates(), b.workingStates())).isEmpty();
        }
    }
}
