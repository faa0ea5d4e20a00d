package vn.truongso.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.server.db.schema.Tables.CHANGE_LOG;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.truongso.server.SyncServers;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.Protocol;
import vn.truongso.server.http.SyncServer;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.TestDevice;
import vn.truongso.server.testing.TestServer;

/** Two server instances on one PostgreSQL, as a province runs them behind a load balancer. */
class TwoInstancesTest {

    @Test
    void pushesThroughBothInstancesAtOnceGetEveryServerSequenceNumberExactlyOnce() throws Exception {
        try (TestServer first = TestServer.start(DatabaseKind.POSTGRESQL);
             SyncServer second = SyncServers.start(first.context().config(), Clock.systemUTC(), List.of())) {
            SmallSchool school = SmallSchool.create(first);
            int logged = PushTest.logCount(first, school);
            List<CompletableFuture<Protocol.PushResponse>> pushes = new ArrayList<>();
            int pcs = 6;
            int perPc = 150;
            for (int pc = 0; pc < pcs; pc++) {
                TestDevice device = first.enrol(school.school());
                TestDevice viaInstance = pc % 2 == 0 ? device : device.via(second.baseUri());
                Pushes pushing = new Pushes(viaInstance);
                List<Change> batch = new ArrayList<>();
                for (int i = 1; i <= perPc; i++) {
                    batch.add(pushing.newGrade(school, school.teacher(), pc % 2 == 0 ? "TX" : "GK", 1 + i % 9,
                            String.valueOf(i % 10)));
                }
                pushes.add(CompletableFuture.supplyAsync(() -> {
                    Protocol.PushResponse last = null;
                    for (int chunk = 0; chunk < perPc; chunk += 50) {
                        last = pushing.push(batch.subList(chunk, chunk + 50));
                    }
                    return last;
                }));
            }
            pushes.forEach(CompletableFuture::join);

            List<Long> seqs = first.context().database().dsl().select(CHANGE_LOG.SERVER_SEQ).from(CHANGE_LOG)
                    .where(CHANGE_LOG.SCHOOL_ID.eq(school.school().id())).orderBy(CHANGE_LOG.SERVER_SEQ)
                    .fetch(CHANGE_LOG.SERVER_SEQ);
            assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, seqs.size()).boxed().toList());
            assertThat(PushTest.logCount(first, school) - logged).isEqualTo(pcs * perPc);
            assertThat(pushes).allSatisfy(p -> assertThat(p.join().ackedSeq()).isEqualTo(perPc));
        }
    }
}
