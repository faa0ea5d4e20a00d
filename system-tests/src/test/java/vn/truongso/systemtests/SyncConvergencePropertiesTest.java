package vn.truongso.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.server.db.schema.Tables.CHANGE_LOG;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import vn.truongso.app.auth.Session;
import vn.truongso.app.store.schema.Tables;
import vn.truongso.app.sync.SyncClient;
import vn.truongso.app.sync.SyncException;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.TestServer;

/**
 * Random grade edits on three PCs, random sync order, and replies lost on the way back (the server did the work,
 * the PC never heard): once the line is good again and every PC has synced, all PCs are identical, every change
 * made on any PC is in the server's log exactly once, and nothing waits in an outbox.
 */
class SyncConvergencePropertiesTest {
    private static final int PCS = 3;
    private static final AssessmentKind[] KINDS = {AssessmentKind.TX, AssessmentKind.TX, AssessmentKind.GK, AssessmentKind.CK};
    private static TestServer server;

    private static synchronized TestServer server() {
        if (server == null) {
            // Every try enrols three PCs from this one address: far more than the per-minute enrolment limit allows.
            server = TestServer.start(DatabaseKind.H2, config -> config.withLimits(config.maxBodyBytes(),
                    config.maxConcurrentRequests(), 10_000), java.time.Clock.systemUTC(), java.util.List.of());
        }
        return server;
    }

    @AfterContainer
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** Loses the reply of a request with the given odds, after the server has answered it. */
    private static OkHttpClient lossyLine(Random random, double odds, boolean[] lossy, AtomicInteger lost) {
        return SyncClient.defaultHttp().newBuilder().addInterceptor(chain -> {
            Response response = chain.proceed(chain.request());
            if (lossy[0] && random.nextDouble() < odds) {
                response.close();
                lost.incrementAndGet();
                throw new IOException("the reply was lost on the way");
            }
            return response;
        }).build();
    }

    @Property(tries = 12)
    void randomEditsSyncOrdersAndLostRepliesConverge(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        boolean[] lossy = {false};
        AtomicInteger lost = new AtomicInteger();
        try (SyncWorld world = SyncWorld.tiny(server(), lossyLine(random, 0.25, lossy, lost)).sharingServer()) {
            List<Pc> pcs = new ArrayList<>();
            for (int i = 0; i < PCS; i++) {
                pcs.add(world.enrolledPc("PC " + i));
            }
            List<Session> teachers = pcs.stream().map(pc -> pc.login("gv.toan")).toList();
            Set<UUID> made = new HashSet<>();
            lossy[0] = true;
            for (int step = 0; step < 40; step++) {
                int at = random.nextInt(PCS);
                int roll = random.nextInt(10);
                if (roll < 5) {
                    String value = random.nextInt(8) == 0 ? "" : String.valueOf(random.nextInt(21) / 2.0);
                    pcs.get(at).type(teachers.get(at), "10A1", "Toán", random.nextInt(TinySchool.STUDENTS),
                            KINDS[random.nextInt(KINDS.length)], 1 + random.nextInt(2), value.replace('.', ','));
                    made.addAll(outboxIds(pcs.get(at)));
                } else {
                    syncIgnoringLostReplies(pcs.get(at));
                }
            }
            lossy[0] = false;
            for (int round = 0; round < 2; round++) {
                for (Pc pc : pcs) {
                    pc.sync();
                }
            }

            for (Pc pc : pcs) {
                assertThat(pc.grades()).isEqualTo(pcs.get(0).grades());
                assertThat(pc.workingStates()).isEqualTo(pcs.get(0).workingStates());
                assertThat(pc.replica().status().pending()).isZero();
            }
            List<UUID> logged = world.server().context().database().dsl().select(CHANGE_LOG.CHANGE_ID).from(CHANGE_LOG)
                    .where(CHANGE_LOG.SCHOOL_ID.eq(world.school().id()).and(CHANGE_LOG.DEVICE_ID.isNotNull()))
                    .fetch(CHANGE_LOG.CHANGE_ID);
            assertThat(new HashSet<>(logged)).as("every change made, once (%d replies lost)", lost.get())
                    .isEqualTo(made).hasSize(logged.size());
        }
    }

    private static void syncIgnoringLostReplies(Pc pc) {
        try {
            pc.sync();
        } catch (SyncException e) {
            assertThat(e.kind()).isEqualTo(SyncException.Kind.OFFLINE);
        }
    }

    private static List<UUID> outboxIds(Pc pc) {
        return pc.app().store().db().select(Tables.OUTBOX.CHANGE_ID).from(Tables.OUTBOX).fetch(Tables.OUTBOX.CHANGE_ID);
    }
}
