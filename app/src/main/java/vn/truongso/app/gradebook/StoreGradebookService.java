package vn.truongso.app.gradebook;

import static vn.truongso.app.store.schema.Tables.ASSESSMENT;
import static vn.truongso.app.store.schema.Tables.ASSESSMENT_HISTORY;
import static vn.truongso.app.store.schema.Tables.CLASS_SUBJECT;
import static vn.truongso.app.store.schema.Tables.ENROLMENT;
import static vn.truongso.app.store.schema.Tables.SCHOOL_CLASS;
import static vn.truongso.app.store.schema.Tables.SCHOOL_YEAR;
import static vn.truongso.app.store.schema.Tables.STAFF;
import static vn.truongso.app.store.schema.Tables.STUDENT;
import static vn.truongso.app.store.schema.Tables.SUBJECT;
import static vn.truongso.app.store.schema.Tables.TEACHING_ASSIGNMENT;
import static vn.truongso.app.store.schema.Tables.TERM;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.truongso.app.auth.Session;
import vn.truongso.app.store.AccessLog;
import vn.truongso.app.store.GradeHistory;
import vn.truongso.app.store.LocalStore;
import vn.truongso.app.store.SchoolCalendar;
import vn.truongso.app.store.schema.tables.records.SchoolYearRecord;
import vn.truongso.app.store.schema.tables.records.TermRecord;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.core.grading.AssessmentMode;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.grading.RegularAssessments;
import vn.truongso.core.school.Role;

/** The gradebook over the local store. Reads and writes are checked against the session's roles here. */
public final class StoreGradebookService implements GradebookService {
    private final LocalStore store;
    private final CellWriter writer;
    private final Runnable saved;

    public StoreGradebookService(LocalStore store) {
        this(store, () -> { });
    }

    /**
     * @param saved told after every committed save and term lock (on the caller's thread, after the transaction):
     *              the app nudges sync with it, so the change goes up at once. Must be quick.
     */
    public StoreGradebookService(LocalStore store, Runnable saved) {
        this.store = store;
        this.writer = new CellWriter(store);
        this.saved = saved;
    }

    @Override
    public List<GradebookRef> gradebooksFor(Session session) {
        SchoolYearRecord year = currentYear();
        Access access = Access.of(store.db(), session);
        return store.db()
                .select(CLASS_SUBJECT.CLASS_ID, SCHOOL_CLASS.NAME, SCHOOL_CLASS.GRADE_LEVEL, CLASS_SUBJECT.SUBJECT_ID,
                        SUBJECT.NAME, SUBJECT.ASSESSMENT_MODE, CLASS_SUBJECT.PERIODS_PER_YEAR, SUBJECT.SORT_ORDER)
                .from(CLASS_SUBJECT).join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(CLASS_SUBJECT.CLASS_ID))
                .join(SUBJECT).on(SUBJECT.ID.eq(CLASS_SUBJECT.SUBJECT_ID))
                .where(SCHOOL_CLASS.SCHOOL_YEAR_ID.eq(year.getId()))
                .orderBy(SCHOOL_CLASS.GRADE_LEVEL, SCHOOL_CLASS.NAME, SUBJECT.SORT_ORDER)
                .fetch().stream()
                .filter(r -> access.mayRead(r.get(CLASS_SUBJECT.CLASS_ID), r.get(CLASS_SUBJECT.SUBJECT_ID)))
                .map(r -> toRef(r, access))
                .sorted(Comparator.comparing(ref -> !ref.editableByUser()))
                .toList();
    }

    @Override
    public List<TermRef> terms() {
        SchoolYearRecord year = currentYear();
        return store.db().selectFrom(TERM).where(TERM.SCHOOL_YEAR_ID.eq(year.getId())).orderBy(TERM.TERM_NUMBER)
                .fetch().map(t -> toTermRef(t, year.getName()));
    }

    @Override
    public TermGradebook loadTerm(Session session, UUID classId, UUID subjectId, UUID termId) {
        GradebookRef ref = readableRef(session, classId, subjectId);
        TermRecord term = store.db().selectFrom(TERM).where(TERM.ID.eq(termId)).fetchOptional()
                .orElseThrow(() -> new IllegalArgumentException("no such term " + termId));
        String yearName = store.db().select(SCHOOL_YEAR.NAME).from(SCHOOL_YEAR)
                .where(SCHOOL_YEAR.ID.eq(term.getSchoolYearId())).fetchOne(SCHOOL_YEAR.NAME);
        store.write(tx -> AccessLog.record(tx, store, session.staffId(), "OPEN_GRADEBOOK",
                ref.className() + " / " + ref.subjectName() + " / HK" + term.getTermNumber()));
        return buildTerm(ref, toTermRef(term, yearName));
    }

    @Override
    public YearGradebook loadYear(Session session, UUID classId, UUID subjectId) {
        GradebookRef ref = readableRef(session, classId, subjectId);
        List<TermRef> terms = terms();
        store.write(tx -> AccessLog.record(tx, store, session.staffId(), "OPEN_GRADEBOOK",
                ref.className() + " / " + ref.subjectName() + " / CN"));
        return new YearGradebook(ref, buildTerm(ref, terms.get(0)), buildTerm(ref, terms.get(1)));
    }

    @Override
    public SaveOutcome save(Session session, CellEdit edit) {
        return saveAll(session, List.of(edit));
    }

    @Override
    public SaveOutcome saveAll(Session session, List<CellEdit> edits) {
        SaveOutcome outcome = writer.saveAll(session, edits);
        if (outcome instanceof SaveOutcome.Saved) {
            saved.run();
        }
        return outcome;
    }

    @Override
    public List<CellChange> history(CellKey key) {
        UUID cellId = CellWriter.cellId(key);
        List<CellChange> lines = store.db()
                .select(STAFF.FULL_NAME, ASSESSMENT_HISTORY.DEVICE_ID, ASSESSMENT_HISTORY.CHANGED_AT,
                        ASSESSMENT_HISTORY.OLD_VALUE, ASSESSMENT_HISTORY.NEW_VALUE, ASSESSMENT_HISTORY.VERSION)
                .from(ASSESSMENT_HISTORY).join(STAFF).on(STAFF.ID.eq(ASSESSMENT_HISTORY.CHANGED_BY))
                .where(ASSESSMENT_HISTORY.ASSESSMENT_ID.eq(cellId))
                .orderBy(ASSESSMENT_HISTORY.VERSION.desc(), ASSESSMENT_HISTORY.CHANGED_AT.desc())
                .fetch(r -> new CellChange(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
        return lines.isEmpty() ? firstValueOnly(cellId) : lines;
    }

    /** A grade that came from the server and has not changed here: the grade itself is its one line. */
    private List<CellChange> firstValueOnly(UUID cellId) {
        return store.db().select(STAFF.FULL_NAME, ASSESSMENT.UPDATED_AT, ASSESSMENT.SCORE, ASSESSMENT.RATING,
                        ASSESSMENT.VERSION)
                .from(ASSESSMENT).join(STAFF).on(STAFF.ID.eq(ASSESSMENT.UPDATED_BY))
                .where(ASSESSMENT.ID.eq(cellId))
                .fetch(r -> new CellChange(r.value1(), GradeHistory.UNKNOWN_DEVICE, r.value2(), null,
                        CellWriter.valueOf(r.value3(), r.value4()).map(AssessmentValue::text).orElse(null), r.value5()))
                .stream().filter(line -> line.newValue() != null).toList();
    }

    @Override
    public void setTermLocked(Session session, UUID termId, boolean locked) {
        if (!session.isSchoolLeader()) {
            throw new NotAllowedException(session.username() + " may not lock or unlock terms");
        }
        writer.setTermLocked(session, termId, locked);
        saved.run();
    }

    private TermGradebook buildTerm(GradebookRef ref, TermRef term) {
        Map<UUID, Map<ColumnKey, AssessmentValue>> cells = cellsByStudent(ref, term);
        List<StudentRow> rows = store.db()
                .select(STUDENT.ID, ENROLMENT.ROLL_NUMBER, STUDENT.FULL_NAME, STUDENT.STUDENT_CODE)
                .from(ENROLMENT).join(STUDENT).on(STUDENT.ID.eq(ENROLMENT.STUDENT_ID))
                .where(ENROLMENT.CLASS_ID.eq(ref.classId())).orderBy(ENROLMENT.ROLL_NUMBER)
                .fetch(s -> new StudentRow(s.value1(), s.value2(), s.value3(), s.value4(),
                        cells.getOrDefault(s.value1(), Map.of())));
        TermGradebook.ReadOnlyReason readOnly = term.locked() ? TermGradebook.ReadOnlyReason.TERM_LOCKED
                : ref.editableByUser() ? null : TermGradebook.ReadOnlyReason.NOT_ASSIGNED;
        return new TermGradebook(ref, term, columns(ref, cells), rows, readOnly);
    }

    /** The non-empty cells of a class's gradebook for one term, per student. */
    private Map<UUID, Map<ColumnKey, AssessmentValue>> cellsByStudent(GradebookRef ref, TermRef term) {
        Map<UUID, Map<ColumnKey, AssessmentValue>> cells = new HashMap<>();
        store.db().selectFrom(ASSESSMENT)
                .where(ASSESSMENT.SUBJECT_ID.eq(ref.subjectId()).and(ASSESSMENT.TERM_ID.eq(term.id()))
                        .and(ASSESSMENT.STUDENT_ID.in(store.db().select(ENROLMENT.STUDENT_ID).from(ENROLMENT)
                                .where(ENROLMENT.CLASS_ID.eq(ref.classId())))))
                .forEach(cell -> CellWriter.valueOf(cell).ifPresent(value -> cells
                        .computeIfAbsent(cell.getStudentId(), id -> new LinkedHashMap<>())
                        .put(new ColumnKey(AssessmentKind.valueOf(cell.getKind()), cell.getSeq()), value)));
        return cells;
    }

    /** TX1..TXn, GK, CK: n as the Circular requires for the subject, or more where a teacher entered more. */
    private static List<ColumnKey> columns(GradebookRef ref, Map<UUID, Map<ColumnKey, AssessmentValue>> cells) {
        int entered = cells.values().stream().flatMap(row -> row.keySet().stream())
                .filter(key -> key.kind() == AssessmentKind.TX).mapToInt(ColumnKey::seq).max().orElse(0);
        int regular = Math.max(entered, RegularAssessments.requiredPerTerm(ref.periodsPerYear(), ref.mode()));
        List<ColumnKey> columns = new ArrayList<>();
        for (int seq = 1; seq <= regular; seq++) {
            columns.add(new ColumnKey(AssessmentKind.TX, seq));
        }
        columns.add(new ColumnKey(AssessmentKind.GK, 1));
        columns.add(new ColumnKey(AssessmentKind.CK, 1));
        return columns;
    }

    private GradebookRef readableRef(Session session, UUID classId, UUID subjectId) {
        Access access = Access.of(store.db(), session);
        if (!access.mayRead(classId, subjectId)) {
            throw new NotAllowedException(session.username() + " may not open class " + classId + " subject " + subjectId);
        }
        Record r = store.db()
                .select(CLASS_SUBJECT.CLASS_ID, SCHOOL_CLASS.NAME, SCHOOL_CLASS.GRADE_LEVEL, CLASS_SUBJECT.SUBJECT_ID,
                        SUBJECT.NAME, SUBJECT.ASSESSMENT_MODE, CLASS_SUBJECT.PERIODS_PER_YEAR)
                .from(CLASS_SUBJECT).join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(CLASS_SUBJECT.CLASS_ID))
                .join(SUBJECT).on(SUBJECT.ID.eq(CLASS_SUBJECT.SUBJECT_ID))
                .where(CLASS_SUBJECT.CLASS_ID.eq(classId).and(CLASS_SUBJECT.SUBJECT_ID.eq(subjectId))).fetchOne();
        if (r == null) {
            throw new IllegalArgumentException("class " + classId + " does not take subject " + subjectId);
        }
        return toRef(r, access);
    }

    private static GradebookRef toRef(Record r, Access access) {
        UUID classId = r.get(CLASS_SUBJECT.CLASS_ID);
        UUID subjectId = r.get(CLASS_SUBJECT.SUBJECT_ID);
        return new GradebookRef(classId, r.get(SCHOOL_CLASS.NAME), r.get(SCHOOL_CLASS.GRADE_LEVEL),
                subjectId, r.get(SUBJECT.NAME), AssessmentMode.valueOf(r.get(SUBJECT.ASSESSMENT_MODE)),
                r.get(CLASS_SUBJECT.PERIODS_PER_YEAR), access.mayEdit(classId, subjectId));
    }

    private static TermRef toTermRef(TermRecord t, String yearName) {
        return new TermRef(t.getId(), t.getTermNumber(), yearName, t.getLocked());
    }

    private SchoolYearRecord currentYear() {
        return SchoolCalendar.currentYear(store.db(), LocalDate.now(store.clock()));
    }

    /** Who may read and edit which gradebook, read once per call. */
    record Access(Session session, Set<List<UUID>> assigned, Set<UUID> homeroomClasses) {

        static Access of(DSLContext db, Session session) {
            Set<List<UUID>> assigned = new HashSet<>();
            db.select(TEACHING_ASSIGNMENT.CLASS_ID, TEACHING_ASSIGNMENT.SUBJECT_ID).from(TEACHING_ASSIGNMENT)
                    .where(TEACHING_ASSIGNMENT.STAFF_ID.eq(session.staffId()))
                    .forEach(r -> assigned.add(List.of(r.value1(), r.value2())));
            Set<UUID> homeroom = new HashSet<>(db.select(SCHOOL_CLASS.ID).from(SCHOOL_CLASS)
                    .where(SCHOOL_CLASS.HOMEROOM_TEACHER_ID.eq(session.staffId())).fetch(SCHOOL_CLASS.ID));
            return new Access(session, assigned, homeroom);
        }

        /** Leaders and clerks read the whole school; a homeroom teacher reads her class; a teacher her own. */
        boolean mayRead(UUID classId, UUID subjectId) {
            return session.isSchoolLeader() || session.has(Role.CLERK) || mayEdit(classId, subjectId)
                    || homeroomClasses.contains(classId);
        }

        /** Only the teacher assigned to the class and subject enters its grades. */
        boolean mayEdit(UUID classId, UUID subjectId) {
            return assigned.contains(List.of(classId, subjectId));
        }
    }

    static OffsetDateTime now(LocalStore store) {
        return OffsetDateTime.now(store.clock());
    }
}
