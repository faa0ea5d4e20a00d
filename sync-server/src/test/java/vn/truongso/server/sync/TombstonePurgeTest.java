package vn.truongso.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.FieldEdit;
import vn.truongso.core.sync.Hlc;
import vn.truongso.core.sync.Protocol;
import vn.truongso.server.testing.OnBothDatabases;
import vn.truongso.server.testing.TestDevice;
import vn.truongso.server.testing.TestServer;

class TombstonePurgeTest {

    @OnBothDatabases
    void aDeletedRowIsPurgedOnlyAfterEveryActiveDeviceHasPulledPastTheDelete(TestServer server) {
        SmallSchool school = SmallSchool.create(server);
        TestDevice principalsPc = server.enrol(school.school());
        Pushes slowPc = new Pushes(server.enrol(school.school()));
        Pushes deleting = new Pushes(principalsPc);
        UUID assignment = Ids.derived("teaching_assignment", school.teacher(), school.classId(), school.maths());
        var current = PushTest.state(server, "teaching_assignment", assignment);
        Map<String, FieldEdit> seen = Map.of(
                "staff_id", new FieldEdit(null, current.versions("staff_id")),
                "class_id", new FieldEdit(null, current.versions("class_id")),
                "subject_id", new FieldEdit(null, current.versions("subject_id")));
        Change delete = Change.deletion(Ids.newId(), "teaching_assignment", assignment, seen,
                new Hlc(System.currentTimeMillis(), 0), principalsPc.id(), 1, school.principal());

        Protocol.PushResponse pushed = deleting.push(delete);
        long deletedAt = pushed.results().get(0).serverSeq();
        deleting.pull(deletedAt, 10); // the deleting PC has seen everything up to the delete
        int beforeSlowPcPulled = TombstonePurge.purge(server.context().database().dsl(), school.school().id());
        slowPc.pull(0, 1000);
        slowPc.pull(deletedAt, 10);
        int afterwards = TombstonePurge.purge(server.context().database().dsl(), school.school().id());

        assertThat(pushed.results().get(0).status()).isEqualTo(Protocol.Status.ACCEPTED);
        assertThat(beforeSlowPcPulled).isZero();
        assertThat(afterwards).isEqualTo(1);
        assertThat(deleting.snapshot(null, null, 1000).rows()).noneMatch(r -> r.row().equals(assignment));
        assertThat(TombstonePurge.purge(server.context().database().dsl(), school.school().id())).isZero();
    }
}
