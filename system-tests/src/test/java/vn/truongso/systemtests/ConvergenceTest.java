package vn.truongso.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.truongso.app.auth.Session;
import vn.truongso.app.store.StoredRowState;
import vn.truongso.app.sync.SyncClient;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.core.sync.Head;
import vn.truongso.core.sync.RowState;
import vn.truongso.server.testing.DatabaseKind;
import vn.truongso.server.testing.TestServer;

/**
 * Three PCs edit offline — the same grade on two of them, different grades elsewhere — and sync in different
 * orders: all end identical, with the concurrent edit kept as one conflict; and PCs whose clocks are a year off
 * end in the same state as PCs with true clocks.
 */
class ConvergenceTest {
    private static final Clock TRUE = SyncWorld.LATE_NOVEMBER;
    private static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.start(DatabaseKind.H2);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void threePcsSyncingInDifferentOrdersEndIdentical() throws Exception {
        Map<String, Set<String>> first = null;
        for (List<Integer> order : List.of(List.of(0, 1, 2), List.of(2, 1, 0), List.of(1, 2, 0))) {
            Map<String, Set<String>> outcome = runScenario(List.of(TRUE, TRUE, TRUE), order);
            if (first == null) {
                first = outcome;
            }
            assertThat(outcome).as("order %s", order).isEqualTo(first);
        }
        assertThat(first.values()).filteredOn(values -> values.size() > 1).containsExactly(Set.of("8.0", "9.0"));
    }

    @Test
    void clocksAYearOffGiveTheSameStateAsTrueClocks() throws Exception {
        Duration year = Duration.ofDays(366);
        Map<String, Set<String>> trueClocks = runScenario(List.of(TRUE, TRUE, TRUE), List.of(0, 1, 2));
        Map<String, Set<String>> skewed = runScenario(List.of(Clock.offset(TRUE, year), TRUE,
                Clock.offset(TRUE, year.negated())), List.of(0, 1, 2));

        assertThat(skewed).isEqualTo(trueClocks);
    }

    /**
     * Runs the scenario in a new school and returns what it converged to, per grade cell: its value, or the values
     * of a conflict (the provisional winner among them depends on random change ids, not on order or clocks).
     */
    private static Map<String, Set<String>> runScenario(List<Clock> clocks, List<Integer> syncOrder) throws Exception {
        try (SyncWorld world = SyncWorld.tiny(server, SyncClient.defaultHttp()).sharingServer()) {
            List<Pc> pcs = List.of(world.enrolledPc("PC A", clocks.get(0)), world.enrolledPc("PC B", clocks.get(1)),
                    world.enrolledPc("PC C", clocks.get(2)));
            Session a = pcs.get(0).login("gv.toan");
            Session b = pcs.get(1).login("gv.toan");
            Session c = pcs.get(2).login("gv.toan");
            pcs.get(0).type(a, "10A1", "Toán", 0, AssessmentKind.TX, 1, "8");
            pcs.get(1).type(b, "10A1", "Toán", 0, AssessmentKind.TX, 1, "9");
            pcs.get(2).type(c, "10A1", "Toán", 1, AssessmentKind.GK, 1, "7");
            pcs.get(1).type(b, "10A1", "Toán", 2, AssessmentKind.TX, 2, "5");
            pcs.get(0).type(a, "10A1", "Toán", 3, AssessmentKind.CK, 1, "6,5");
            pcs.get(2).type(c, "10A1", "Toán", 3, AssessmentKind.TX, 1, "10");

            for (int round = 0; round < 2; round++) {
                for (int index : syncOrder) {
                    pcs.get(index).sync();
                }
            }

            for (Pc pc : pcs) {
                assertThat(pc.workingStates()).isEqualTo(pcs.get(0).workingStates());
                assertThat(pc.grades()).isEqualTo(pcs.get(0).grades());
                assertThat(pc.replica().status().pending()).isZero();
            }
            assertThat(pcs.get(0).conflictedCells()).hasSize(1);
            return meaning(pcs.get(0));
        }
    }

    private static Map<String, Set<String>> meaning(Pc pc) {
        Map<String, Integer> rolls = new TreeMap<>();
        pc.app().store().db().selectFrom(vn.truongso.app.store.schema.Tables.ENROLMENT)
                .forEach(e -> rolls.put(e.getStudentId().toString(), e.getRollNumber()));
        Map<String, Set<String>> cells = new TreeMap<>();
        pc.workingStates().forEach((key, json) -> {
            if (key.startsWith("assessment/")) {
                RowState state = StoredRowState.read(json);
                String cell = state.value("kind").orElseThrow() + state.value("seq").orElseThrow() + " of student "
                        + rolls.get(state.value("student_id").orElseThrow());
                Set<String> values = new TreeSet<>();
                state.heads("score").stream().map(Head::value).forEach(v -> values.add(v == null ? "" : v));
                cells.put(cell, values);
            }
        });
        return cells;
    }
}
