package vn.truongso.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.server.db.schema.Tables.ROW_STATE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.Protocol;
import vn.truongso.core.sync.SyncEntities;
import vn.truongso.server.testing.OnBothDatabases;
import vn.truongso.server.testing.TestServer;

class PullTest {

    @OnBothDatabases
    void theLogComesInPagesInServerOrderWithoutGapsOrRepeats(TestServer server) {
        SmallSchool school = SmallSchool.create(server);
        Pushes pc = new Pushes(server.enrol(school.school()));
        List<Change> grades = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            grades.add(pc.newGrade(school, school.teacher(), "TX", i, String.valueOf(i)));
        }
        pc.push(grades);

        List<Protocol.PullEntry> all = pc.pullAll(0, 4);

        assertThat(all).extracting(Protocol.PullEntry::serverSeq)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, all.size()).boxed().toList());
        assertThat(all.subList(all.size() - 9, all.size())).extracting(Protocol.PullEntry::change).isEqualTo(grades);
    }

    @OnBothDatabases
    void aSnapshotInSmallPagesHasEveryRowOnceParentsFirstAndTheSequenceToPullFrom(TestServer server) {
        SmallSchool school = SmallSchool.create(server);
        SmallSchool otherSchool = SmallSchool.create(server);
        Pushes pc = new Pushes(server.enrol(school.school()));
        pc.push(pc.newGrade(school, school.teacher(), "TX", 1, "8"));

        List<Protocol.SnapshotRow> rows = new ArrayList<>();
        Protocol.SnapshotPage page = pc.snapshot(null, null, 4);
        long at = page.at();
        rows.addAll(page.rows());
        while (page.after() != null) {
            page = pc.snapshot(at, page.after(), 4);
            assertThat(page.at()).isEqualTo(at);
            rows.addAll(page.rows());
        }

        int stored = server.context().database().dsl().fetchCount(ROW_STATE, ROW_STATE.SCHOOL_ID.eq(school.school().id()));
        Set<Object> distinct = new HashSet<>();
        rows.forEach(r -> distinct.add(List.of(r.entity(), r.row())));
        assertThat(rows).hasSize(stored).hasSize(distinct.size());
        assertThat(rows).extracting(r -> SyncEntities.find(r.entity()).orElseThrow().rank()).isSorted();
        assertThat(rows).noneMatch(r -> r.row().equals(otherSchool.school().id()) || r.row().equals(otherSchool.student()));
        assertThat(at).isEqualTo(pc.pullAll(0, 1000).size());
        assertThat(rows).filteredOn(r -> r.entity().equals("assessment")).singleElement()
                .satisfies(r -> assertThat(r.state().value("score")).contains("8"));
    }

    @OnBothDatabases
    void aWaitingPullReturnsAsSoonAsAnotherPcPushes(TestServer server) throws Exception {
        SmallSchool school = SmallSchool.create(server);
        Pushes waiting = new Pushes(server.enrol(school.school()));
        Pushes typing = new Pushes(server.enrol(school.school()));
        long cursor = waiting.pullAll(0, 1000).size();

        CompletableFuture<String> pulled = CompletableFuture.supplyAsync(() ->
                server.enrol(school.school()).get("/v2/pull?after=" + cursor + "&wait=20000").body());
        Change grade = typing.newGrade(school, school.teacher(), "TX", 1, "9.5");
        typing.push(grade);

        assertThat(pulled.get()).contains(grade.id().toString());
    }
}
