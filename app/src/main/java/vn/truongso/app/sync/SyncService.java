package vn.truongso.app.sync;

import static vn.truongso.app.store.schema.Tables.ENROLMENT;
import static vn.truongso.app.store.schema.Tables.SCHOOL_CLASS;
import static vn.truongso.app.store.schema.Tables.STAFF;
import static vn.truongso.app.store.schema.Tables.TEACHING_ASSIGNMENT;
import static vn.truongso.app.store.schema.Tables.TERM;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.truongso.app.auth.Session;
import vn.truongso.app.store.LocalStore;
import vn.truongso.core.grading.AssessmentMode;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.grading.CellInput;
import vn.truongso.core.school.Role;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.RowState;

/**
 * Sync as the app's screens see it: this PC's enrolment, the background {@link SyncScheduler} (started when the PC
 * is enrolled, restarted after an enrolment, stopped on close), its status for the status bar, and the conflicts
 * and refusals a person settles, with the same rights the server checks. Nothing here runs on the UI thread of its
 * own accord: listeners are told on the sync threads, and the callers decide where to run the rest.
 */
public final class SyncService implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SyncService.class.getName());
    private static final Duration STOP_WAIT = Duration.ofSeconds(3);
    private static final int MAX_PC_NAME = 100;

    // Who may edit what: the server's rule (sync-server Authoriser), so that a resolution made here is accepted there.
    private static final Set<Role> MANAGERS = Set.of(Role.ADMIN, Role.PRINCIPAL);
    private static final Set<Role> RECORD_KEEPERS = Set.of(Role.ADMIN, Role.PRINCIPAL, Role.CLERK);
    private static final Map<String, Set<Role>> EDITORS = Map.ofEntries(
            Map.entry("school", Set.of(Role.ADMIN)),
            Map.entry("staff", Set.of(Role.ADMIN)),
            Map.entry("staff_role", Set.of(Role.ADMIN)),
            Map.entry("school_year", MANAGERS),
            Map.entry("term", MANAGERS),
            Map.entry("subject", MANAGERS),
            Map.entry("school_class", MANAGERS),
            Map.entry("class_subject", MANAGERS),
            Map.entry("teaching_assignment", MANAGERS),
            Map.entry("student", RECORD_KEEPERS),
            Map.entry("enrolment", RECORD_KEEPERS),
            Map.entry("assessment", Set.of(Role.TEACHER)));

    /** Whether a person may settle a conflict, and if not, why. */
    public enum Right {
        ALLOWED,
        /** Her roles do not let her edit this kind of row (the server would refuse: NOT_ALLOWED). */
        NOT_ALLOWED,
        /** A grade of a class and subject she does not teach (the server would refuse: NOT_ASSIGNED). */
        NOT_ASSIGNED,
        /** A grade of a locked term (the server would refuse: TERM_LOCKED). */
        TERM_LOCKED,
        /** Not a choice between values: a row its table could not take, for an administrator to look into. */
        NOT_A_FIELD
    }

    /** A resolution or dismissal the person may not make. */
    public static final class NotAllowedException extends RuntimeException {
        private final Right right;

        NotAllowedException(Right right, String message) {
            super(message);
            this.right = right;
        }

        public Right right() {
            return right;
        }
    }

    private final LocalStore store;
    private final LocalReplica replica;
    private final EnrolmentStore enrolments;
    private final EnrolmentService enrolment;
    private final Supplier<OkHttpClient> httpFactory;
    private final List<Consumer<SyncOverview>> listeners = new CopyOnWriteArrayList<>();
    private OkHttpClient http; // guarded by this; made on first use, never at start-up
    private volatile SyncScheduler scheduler;
    private volatile int generation;
    private volatile SyncOverview latest;
    private boolean closed; // guarded by this

    public SyncService(LocalStore store) {
        this(store, SyncClient::defaultHttp);
    }

    public SyncService(LocalStore store, Supplier<OkHttpClient> httpFactory) {
        this.store = store;
        this.replica = new LocalReplica(store);
        this.enrolments = new EnrolmentStore(store);
        this.httpFactory = httpFactory;
        this.enrolment = new EnrolmentService(store, replica, enrolments, this::http);
    }

    private synchronized OkHttpClient http() {
        if (http == null) {
            http = httpFactory.get();
        }
        return http;
    }

    public LocalReplica replica() {
        return replica;
    }

    public Clock clock() {
        return store.clock();
    }

    /** This PC's device id (the server's, once enrolled). */
    public UUID deviceId() {
        return store.deviceId();
    }

    // ---- enrolment ----

    /**
     * Finishes an enrolment that a crash interrupted between saving the credentials and giving up the local demo
     * school (safe to run on every start; does nothing when there is nothing to finish). Needs no network.
     */
    public void finishInterruptedEnrolment() {
        enrolments.credentials().ifPresent(credentials -> {
            try {
                enrolment.adoptSchool(credentials);
            } catch (IllegalStateException e) {
                // Never block the start: the data here stays as it is and the person can enrol again.
                LOG.log(System.Logger.Level.WARNING, "the enrolment " + credentials + " cannot take over the school"
                        + " held here: " + e.getMessage());
            }
        });
    }

    public Optional<DeviceCredentials> enrolment() {
        return enrolments.credentials();
    }

    /** The server address last typed or enrolled with. */
    public Optional<String> serverUrl() {
        return enrolments.serverUrl();
    }

    /** Whether the school held here never came from a server (the demo school): enrolling may replace it. */
    public boolean holdsLocalSchoolOnly() {
        return !replica.holdsServerData() && !replica.awaitingSchool();
    }

    /** Whether the school was wiped for an enrolment and the server's is still being loaded. */
    public boolean awaitingSchool() {
        return replica.awaitingSchool();
    }

    /**
     * Enrols this PC (slow: key generation and a request to the server; never call it on the UI thread). Sync stops
     * for the time of it, so no request goes out under an identity being replaced, and starts again after it with
     * the new one (or the old one, when enrolling failed).
     */
    public EnrolmentService.Enrolled enrol(String serverUrl, String code, String pcName) throws SyncException {
        stopScheduler();
        try {
            enrolments.setServerUrl(serverUrl);
            return enrolment.enrol(serverUrl, code, pcName);
        } finally {
            start();
        }
    }

    /** A name for this PC to offer in the enrolment form: the computer's own name. */
    public static String suggestedPcName() {
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String name = System.getenv(variable);
            if (name != null && !name.isBlank()) {
                return shorten(name.strip());
            }
        }
        try {
            String name = Files.readString(Path.of("/etc/hostname")).strip();
            if (!name.isEmpty()) {
                return shorten(name);
            }
        } catch (IOException | RuntimeException e) {
            // no host name file: offer a plain name
        }
        return "PC";
    }

    private static String shorten(String name) {
        return name.length() > MAX_PC_NAME ? name.substring(0, MAX_PC_NAME) : name;
    }

    // ---- the scheduler ----

    /**
     * Starts background sync if this PC is enrolled and it is not running yet. The first call makes the HTTP client
     * (a few hundred milliseconds of class loading): call it off the UI thread, after the first window shows.
     */
    public void start() {
        synchronized (this) {
            if (closed || scheduler != null) {
                return;
            }
            Optional<DeviceCredentials> credentials = enrolments.credentials();
            if (credentials.isEmpty()) {
                return;
            }
            int mine = ++generation;
            SyncClient client = new SyncClient(http(), credentials.get().serverUrl(), store.clock());
            SyncScheduler started = new SyncScheduler(new SyncEngine(replica, client, enrolments), replica, client,
                    store.clock(), overview -> published(mine, overview));
            scheduler = started;
            started.start();
        }
    }

    public boolean isRunning() {
        return scheduler != null;
    }

    /** A local change was saved: send it now. Cheap (no I/O); does nothing while the PC is not enrolled. */
    public void nudge() {
        SyncScheduler running = scheduler;
        if (running != null) {
            running.nudge();
        }
    }

    /**
     * Tells {@code listener} every new status, on the sync threads (hop to the UI thread before touching a screen).
     */
    public void addListener(Consumer<SyncOverview> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<SyncOverview> listener) {
        listeners.remove(listener);
    }

    /** The status now: the scheduler's latest, or (before its first, or when not enrolled) one read from the store. */
    public SyncOverview overview() {
        SyncOverview last = latest;
        if (last != null && scheduler != null) {
            return last;
        }
        SyncStatus counts = replica.status();
        SyncOverview.State state = enrolments.credentials().isPresent() ? SyncOverview.State.SYNCING
                : SyncOverview.State.NOT_ENROLLED;
        return new SyncOverview(state, counts.pending(), counts.conflicts(), counts.refusals(), null, null, null, 0);
    }

    /** Counts again after a local resolution or dismissal and tells the listeners (off the UI thread: it reads). */
    public void recount() {
        SyncOverview base = overview();
        SyncStatus counts = replica.status();
        boolean attention = counts.conflicts() > 0 || counts.refusals() > 0;
        SyncOverview.State state = base.state();
        if (state == SyncOverview.State.UP_TO_DATE && attention) {
            state = SyncOverview.State.NEEDS_ATTENTION;
        } else if (state == SyncOverview.State.NEEDS_ATTENTION && !attention && base.problem() == null) {
            state = SyncOverview.State.UP_TO_DATE;
        }
        SyncOverview now = new SyncOverview(state, counts.pending(), counts.conflicts(), counts.refusals(),
                base.lastSync(), base.progress(), base.problem(), base.clockOffsetMillis());
        if (scheduler != null) {
            latest = now;
        }
        tell(now);
    }

    private void published(int from, SyncOverview overview) {
        if (from != generation) {
            return; // a scheduler being stopped
        }
        latest = overview;
        tell(overview);
    }

    private void tell(SyncOverview overview) {
        for (Consumer<SyncOverview> listener : listeners) {
            try {
                listener.accept(overview);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "a sync status listener failed", e);
            }
        }
    }

    private void stopScheduler() {
        SyncScheduler running;
        OkHttpClient client;
        synchronized (this) {
            running = scheduler;
            scheduler = null;
            latest = null;
            generation++;
            client = http;
        }
        if (running == null) {
            return;
        }
        running.requestStop();
        if (client != null) {
            client.dispatcher().cancelAll(); // a long poll in flight ends now instead of in 20 s
        }
        if (!running.awaitStopped(STOP_WAIT)) {
            LOG.log(System.Logger.Level.WARNING, "sync did not stop within " + STOP_WAIT + "; interrupting it");
            running.close();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        stopScheduler();
    }

    // ---- conflicts and refusals ----

    public List<Conflict> conflicts() {
        return replica.conflicts();
    }

    public List<Refusal> refusals() {
        return replica.refusals();
    }

    /** Whether {@code session} may settle the conflict: the rights the server checks for the resolution. */
    public Right resolveRight(Session session, Conflict conflict) {
        if (!conflict.isFieldConflict()) {
            return Right.NOT_A_FIELD;
        }
        Set<Role> editors = EDITORS.getOrDefault(conflict.entity(), Set.of(Role.ADMIN));
        if (editors.stream().noneMatch(session::has)) {
            // A grade is its teacher's (the server refuses anyone else, principals too): say so in those words.
            return "assessment".equals(conflict.entity()) ? Right.NOT_ASSIGNED : Right.NOT_ALLOWED;
        }
        return "assessment".equals(conflict.entity()) ? gradeRight(session, conflict.rowId()) : Right.ALLOWED;
    }

    private Right gradeRight(Session session, UUID cellId) {
        RowState cell = replica.workingState("assessment", cellId).orElse(RowState.EMPTY);
        Optional<UUID> student = cell.value("student_id").map(UUID::fromString);
        Optional<UUID> subject = cell.value("subject_id").map(UUID::fromString);
        Optional<UUID> termId = cell.value("term_id").map(UUID::fromString);
        if (student.isEmpty() || subject.isEmpty() || termId.isEmpty()) {
            return Right.NOT_ASSIGNED;
        }
        DSLContext db = store.db();
        var term = db.select(TERM.LOCKED, TERM.SCHOOL_YEAR_ID).from(TERM).where(TERM.ID.eq(termId.get())).fetchOne();
        if (term == null) {
            return Right.NOT_ASSIGNED;
        }
        // Assignment first: TERM_LOCKED then means "yours, but locked", which the screens show to the teacher.
        boolean teaches = db.fetchExists(DSL.selectOne().from(ENROLMENT)
                .join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(ENROLMENT.CLASS_ID))
                .join(TEACHING_ASSIGNMENT).on(TEACHING_ASSIGNMENT.CLASS_ID.eq(ENROLMENT.CLASS_ID))
                .where(ENROLMENT.STUDENT_ID.eq(student.get())
                        .and(SCHOOL_CLASS.SCHOOL_YEAR_ID.eq(term.value2()))
                        .and(TEACHING_ASSIGNMENT.SUBJECT_ID.eq(subject.get()))
                        .and(TEACHING_ASSIGNMENT.STAFF_ID.eq(session.staffId()))));
        if (!teaches) {
            return Right.NOT_ASSIGNED;
        }
        return Boolean.TRUE.equals(term.value1()) ? Right.TERM_LOCKED : Right.ALLOWED;
    }

    /** Whether a value other than the competing ones may be typed: a grade's score or rating. */
    public static boolean acceptsTypedValue(Conflict conflict) {
        return "assessment".equals(conflict.entity())
                && ("score".equals(conflict.field()) || "rating".equals(conflict.field()));
    }

    /** Reads a value typed for a grade's field as the gradebook reads a cell ("7,5", "Đ", empty = cleared). */
    public static CellInput.Parsed parseTyped(Conflict conflict, String typed) {
        return CellInput.parse(typed, "rating".equals(conflict.field()) ? AssessmentMode.COMMENT : AssessmentMode.SCORE);
    }

    /** A grade as the wire (and the gradebook's outbox) writes it: "7.5", "D", "CD". */
    public static String wireValue(AssessmentValue value) {
        return switch (value) {
            case AssessmentValue.Score score -> score.value().toPlainString();
            case AssessmentValue.Rating rating -> rating == AssessmentValue.Rating.PASS ? "D" : "CD";
        };
    }

    /**
     * Settles a conflict with {@code value} (wire text, null = empty): checks the person's right, captures the
     * resolution, counts again and nudges sync so it goes up at once. Writes: call it off the UI thread.
     *
     * @throws NotAllowedException when {@link #resolveRight} is not {@link Right#ALLOWED}
     */
    public Change resolve(Session session, Conflict conflict, String value) {
        Right right = resolveRight(session, conflict);
        if (right != Right.ALLOWED) {
            throw new NotAllowedException(right, session.username() + " may not resolve " + conflict.entity() + " "
                    + conflict.rowId() + " " + conflict.field() + ": " + right);
        }
        Change resolution = replica.resolveConflict(conflict.entity(), conflict.rowId(), conflict.field(), value,
                session.staffId());
        recount();
        nudge();
        return resolution;
    }

    /** Whether {@code session} sees (and may dismiss) a refusal: her own, or any for a principal or administrator. */
    public boolean mayDismiss(Session session, Refusal refusal) {
        return session.isSchoolLeader() || session.staffId().equals(refusal.authorId());
    }

    public void dismiss(Session session, Refusal refusal) {
        if (!mayDismiss(session, refusal)) {
            throw new NotAllowedException(Right.NOT_ALLOWED, session.username() + " may not dismiss "
                    + refusal.changeId());
        }
        replica.dismissRefusal(refusal.changeId());
        recount();
    }

    /** The full names of staff members, for "by whom"; ids not (or no longer) in the store are left out. */
    public Map<UUID, String> staffNames(Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return store.db().select(STAFF.ID, STAFF.FULL_NAME).from(STAFF).where(STAFF.ID.in(wanted))
                .fetchMap(STAFF.ID, STAFF.FULL_NAME);
    }
}
