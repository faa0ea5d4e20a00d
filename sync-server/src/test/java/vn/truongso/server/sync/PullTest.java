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
    void askedForItsOwnChangesAsRunsAPcGetsRunsOfSequenceNumbersForThemAndOtherPcsChangesWhole(TestServer server) {
        SmallSchool school = SmallSchool.create(server);
        Pushes a = new Pushes(server.enrol(school.school()));
        Pushes b = new Pushes(server.enrol(school.school()));
        long before = a.pullAll(0, 1000).size();
        a.push(a.newGrade(school, school.teacher(), "TX", 1, "7"), a.newGrade(school, school.teacher(), "TX", 2, "8"),
                a.newGrade(school, school.teacher(), "TX", 3, "9"));
        Change fromB = b.newGrade(school, school.teacher(), "TX", 4, "6");
        b.push(fromB);
        a.push(a.newGrade(school, school.teacher(), "TX", 5, "5"), a.newGrade(school, school.teacher(), "TX", 6, "4"));

        Protocol.PullPage ownAsRuns = a.pullOwnAsRuns(before, 1000);
        Protocol.PullPage firstTwo = a.pullOwnAsRuns(before, 2);
        Protocol.PullPage whole = a.pull(before, 1000);

        assertThat(ownAsRuns.entries()).containsExactly(Protocol.PullEntry.ownRun(before + 1, 1, 3),
                new Protocol.PullEntry(before + 4, fromB), Protocol.PullEntry.ownRun(before + 5, 4, 2));
        assertThat(ownAsRuns.last()).isEqualTo(before + 6);
        assertThat(firstTwo.entries()).as("a page holds at most limit log entries, runs counted entry by entry")
                .containsExactly(Protocol.PullEntry.ownRun(before + 1, 1, 2));
        assertThat(firstTwo.last()).isEqualTo(before + 2);
        assertThat(firstTwo.more()).isTrue();
        assertThat(whole.entries()).as("not asked: every change whole, as every PC reads them")
                .hasSize(6).allMatch(e -> e.change() != null && e.ownSeq() == null);
        assertThat(b.pullOwnAsRuns(before, 1000).entries()).extracting(Protocol.PullEntry::size)
                .containsExactly(1, 1, 1, 1, 1, 1);
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
