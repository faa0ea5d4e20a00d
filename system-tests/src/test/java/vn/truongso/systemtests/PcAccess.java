package vn.truongso.systemtests;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.truongso.app.auth.Session;
import vn.truongso.app.gradebook.SaveOutcome;
import vn.truongso.app.store.schema.Tables;
import vn.truongso.app.sync.SyncClient;
import vn.truongso.app.sync.SyncException;
import vn.truongso.core.grading.AssessmentKind;

/** {@link Pc} for the crash test's PC process, which lives in another package. */
public final class PcAccess implements AutoCloseable {
    private static final AssessmentKind[] KINDS = {AssessmentKind.TX, AssessmentKind.GK, AssessmentKind.CK};
    private final Pc pc;
    private Session teacher;

    private PcAccess(Pc pc) {
        this.pc = pc;
    }

    public static PcAccess open(Path dataDir, Clock clock) throws Exception {
        return new PcAccess(Pc.openAt(dataDir, clock, SyncClient.defaultHttp()));
    }

    /** Enrols; the first sync (the school's snapshot) is left to the caller, who may be killed during it. */
    public void enrol(String serverUrl, String code) throws SyncException {
        pc.enrol(serverUrl, code, "PC " + pc.dataDir().getFileName());
    }

    public boolean isEnrolled() {
        return new vn.truongso.app.sync.EnrolmentStore(pc.app().store()).credentials().isPresent();
    }

    /** Whether the school's data is here: enrolled and its snapshot completely loaded. */
    public boolean hasSchool() {
        return isEnrolled() && !pc.replica().awaitingSchool() && pc.replica().snapshotInProgress().isEmpty();
    }

    /** Types a random grade as gv.toan; the id of the change it made, or empty when the cell already held it. */
    public java.util.Optional<UUID> typeRandomGrade(Random random) {
        if (teacher == null) {
            teacher = pc.login("gv.toan");
        }
        String value = String.valueOf(random.nextInt(21) / 2.0).replace('.', ',');
        long lastSeq = pc.app().store().db().select(org.jooq.impl.DSL.max(Tables.OUTBOX.DEVICE_SEQ)).from(Tables.OUTBOX)
                .fetchOptional(0, Long.class).map(v -> v == null ? 0L : v).orElse(0L);
        SaveOutcome outcome = pc.type(teacher, "10A1", "Toán", random.nextInt(TinySchool.STUDENTS),
                KINDS[random.nextInt(KINDS.length)], 1, value);
        if (!(outcome instanceof SaveOutcome.Saved)) {
            throw new IllegalStateException("not saved: " + outcome);
        }
        return ((SaveOutcome.Saved) outcome).cells().stream().findFirst()
                .flatMap(cell -> pc.app().store().db().select(Tables.OUTBOX.CHANGE_ID).from(Tables.OUTBOX)
                        .where(Tables.OUTBOX.DEVICE_SEQ.gt(lastSeq)).orderBy(Tables.OUTBOX.DEVICE_SEQ.desc()).limit(1)
                        .fetchOptional(Tables.OUTBOX.CHANGE_ID));
    }

    public boolean trySync() {
        try {
            pc.sync();
            return true;
        } catch (SyncException e) {
            return false;
        }
    }

    public void syncUntilQuiet() throws SyncException {
        for (int round = 0; round < 3; round++) {
            pc.sync();
        }
        if (pc.replica().status().pending() != 0) {
            throw new IllegalStateException("changes still pending after three rounds");
        }
    }

    public Map<String, String> grades() {
        return pc.grades();
    }

    public String workingStatesDigest() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        pc.workingStates().forEach((key, json) -> digest.update((key + "=" + json + "\n").getBytes()));
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() {
        pc.close();
    }
}
