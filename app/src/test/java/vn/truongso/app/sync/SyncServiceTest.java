package vn.truongso.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.truongso.app.AppServices;
import vn.truongso.app.auth.Session;
import vn.truongso.app.gradebook.CellEdit;
import vn.truongso.app.gradebook.DemoFixture;
import vn.truongso.app.gradebook.StoreGradebookService;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.FieldEdit;
import vn.truongso.core.sync.Hlc;
import vn.truongso.core.sync.Protocol;

/** The app's sync wiring: start-up recovery, nudges from saves, the scheduler's start and stop, and rights. */
class SyncServiceTest {
    @TempDir
    Path dir;

    @Test
    void anEnrolmentInterruptedBeforeTheDemoSchoolGaveWayIsFinishedAtTheNextStart() {
        UUID device = Ids.newId();
        try (AppServices app = DemoFixture.open(dir)) {
            // What EnrolmentService.enrol saves first; the crash comes before adoptSchool.
            DeviceCredentials credentials = new DeviceCredentials("http://127.0.0.1:9", device, Ids.newId(), "T01",
                    DeviceKeys.generate().getPrivate().getEncoded(), new byte[] {1}, new byte[] {2});
            app.store().write(tx -> {
                new EnrolmentStore(app.store()).save(tx, credentials, "token");
                return null;
            });
        }
        try (AppServices app = AppServices.open(dir, DemoFixture.LATE_NOVEMBER)) {
            assertThat(app.store().isEmpty()).isTrue(); // the demo school gave way, and was not seeded again
            assertThat(app.sync().awaitingSchool()).isTrue();
            assertThat(app.store().deviceId()).isEqualTo(device);
            assertThat(app.sync().isRunning()).isFalse(); // nothing starts before the window does
        }
        try (AppServices app = AppServices.open(dir, DemoFixture.LATE_NOVEMBER)) {
            assertThat(app.store().isEmpty()).isTrue(); // running the recovery again changes nothing
        }
    }

    @Test
    void everySaveAndTermLockTellsSyncRefusedInputDoesNot() {
        try (AppServices app = DemoFixture.open(dir)) {
            AtomicInteger nudges = new AtomicInteger();
            StoreGradebookService gradebooks = new StoreGradebookService(app.store(), nudges::incrementAndGet);
            Session teacher = DemoFixture.login(app, "gv.toan");
            gradebooks.save(teacher, new CellEdit(SyncFixture.mathsCell(app, teacher, 0, SyncFixture.GK), "8"));
            assertThat(nudges).hasValue(1);
            gradebooks.save(teacher, new CellEdit(SyncFixture.mathsCell(app, teacher, 0, SyncFixture.GK), "12"));
            assertThat(nudges).hasValue(1);
            Session principal = DemoFixture.login(app, "hieutruong");
            gradebooks.setTermLocked(principal, DemoFixture.term(app, 2).id(), true);
            assertThat(nudges).hasValue(2);
        }
    }

    @Test
    void anEnrolledPcWhoseServerIsOffSaysOfflineKeepsItsChangesAndStopsAtOnce() throws Exception {
        try (AppServices app = DemoFixture.open(dir)) {
            SyncFixture.enrolWithoutServer(app, SyncFixture.unreachableServer());
        }
        AppServices app = AppServices.open(dir, DemoFixture.LATE_NOVEMBER);
        try {
            Session teacher = DemoFixture.login(app, "gv.toan");
            app.gradebooks().save(teacher, new CellEdit(SyncFixture.mathsCell(app, teacher, 0, SyncFixture.GK), "8"));
            assertThat(app.sync().overview().state()).isEqualTo(SyncOverview.State.SYNCING); // enrolled, not started
            List<SyncOverview> reports = new java.util.concurrent.CopyOnWriteArrayList<>();
            app.sync().addListener(reports::add);
            app.sync().start();
            app.sync().start(); // once is enough
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (app.sync().overview().state() != SyncOverview.State.OFFLINE && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            SyncOverview offline = app.sync().overview();
            assertThat(offline.state()).isEqualTo(SyncOverview.State.OFFLINE);
            assertThat(offline.problem()).isEqualTo("OFFLINE");
            assertThat(offline.pending()).isEqualTo(1);
            assertThat(reports).isNotEmpty();
        } finally {
            long started = System.nanoTime();
            app.close();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
        assertThat(app.sync().isRunning()).isFalse();
    }

    @Test
    void aStudentsNameInConflictIsForTheRecordKeepersNotForTeachers() {
        try (AppServices app = DemoFixture.open(dir)) {
            LocalReplica replica = app.sync().replica();
            Session clerk = DemoFixture.login(app, "giaovu");
            Session teacher = DemoFixture.login(app, "gv.toan");
            UUID student = SyncFixture.mathsCell(app, teacher, 0, SyncFixture.GK).studentId();
            List<UUID> seen = replica.workingState("student", student).orElseThrow().versions("full_name");
            replica.edit("student", student, Map.of("full_name", "Nguyễn Văn Một"), clerk.staffId());
            Change other = Change.edit(Ids.newId(), "student", student,
                    Map.of("full_name", FieldEdit.of("Nguyễn Văn Hai", seen)), new Hlc(1_795_000_000_000L, 0),
                    SyncFixture.OTHER_PC, 1, clerk.staffId());
            long seq = replica.cursor() + 1;
            replica.applyPullPage(new Protocol.PullPage(List.of(new Protocol.PullEntry(seq, other)), seq, false));
            Conflict conflict = app.sync().conflicts().getFirst();
            assertThat(conflict.field()).isEqualTo("full_name");

            assertThat(app.sync().resolveRight(teacher, conflict)).isEqualTo(SyncService.Right.NOT_ALLOWED);
            assertThatThrownBy(() -> app.sync().resolve(teacher, conflict, "Nguyễn Văn Hai"))
                    .isInstanceOf(SyncService.NotAllowedException.class);
            assertThat(app.sync().resolveRight(clerk, conflict)).isEqualTo(SyncService.Right.ALLOWED);
            app.sync().resolve(clerk, conflict, "Nguyễn Văn Hai");
            assertThat(app.sync().conflicts()).isEmpty();
            assertThat(replica.workingState("student", student).orElseThrow().value("full_name"))
                    .contains("Nguyễn Văn Hai");
        }
    }
}
