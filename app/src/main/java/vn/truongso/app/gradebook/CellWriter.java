package vn.truongso.app.gradebook;

import static vn.truongso.app.store.schema.Tables.ASSESSMENT;
import static vn.truongso.app.store.schema.Tables.ASSESSMENT_HISTORY;
import static vn.truongso.app.store.schema.Tables.CLASS_SUBJECT;
import static vn.truongso.app.store.schema.Tables.ENROLMENT;
import static vn.truongso.app.store.schema.Tables.SCHOOL_CLASS;
import static vn.truongso.app.store.schema.Tables.SUBJECT;
import static vn.truongso.app.store.schema.Tables.TEACHING_ASSIGNMENT;
import static vn.truongso.app.store.schema.Tables.TERM;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.truongso.app.auth.Session;
import vn.truongso.app.gradebook.SaveOutcome.RefusalReason;
import vn.truongso.app.gradebook.SaveOutcome.RefusedCell;
import vn.truongso.app.gradebook.SaveOutcome.SavedCell;
import vn.truongso.app.store.GradeHistory;
import vn.truongso.app.store.LocalStore;
import vn.truongso.app.store.Outbox;
import vn.truongso.app.store.SyncRows;
import vn.truongso.app.store.SyncValues;
import vn.truongso.app.store.schema.tables.records.AssessmentRecord;
import vn.truongso.app.store.schema.tables.records.TermRecord;
import vn.truongso.core.grading.AssessmentKind;
import vn.truongso.core.grading.AssessmentMode;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.grading.CellInput;
import vn.truongso.core.ids.Ids;

/**
 * Writes gradebook cells: checks every edit (the cell exists, the term is open, the person is assigned, the text
 * is valid) inside the same transaction that writes it, so a lock taken a moment earlier is respected; then
 * updates the cell, appends its history and its outbox change. All edits of one call are saved or none is.
 */
final class CellWriter {
    static final String ENTITY = "assessment";
    private static final int MAX_REGULAR = 9;

    private final LocalStore store;

    CellWriter(LocalStore store) {
        this.store = store;
    }

    static UUID cellId(CellKey key) {
        return Ids.derived(ENTITY, key.studentId(), key.subjectId(), key.termId(), key.kind(), key.seq());
    }

    static Optional<AssessmentValue> valueOf(AssessmentRecord cell) {
        return valueOf(cell.getScore(), cell.getRating());
    }

    static Optional<AssessmentValue> valueOf(BigDecimal score, String rating) {
        if (score != null) {
            return Optional.of(new AssessmentValue.Score(score));
        }
        if (rating != null) {
            return Optional.of("D".equals(rating) ? AssessmentValue.Rating.PASS : AssessmentValue.Rating.FAIL);
        }
        return Optional.empty();
    }

    SaveOutcome saveAll(Session session, List<CellEdit> edits) {
        return store.write(tx -> {
            // First, before any row lock: the capture locks the replica's counters (one lock order with sync).
            Outbox.Capture capture = Outbox.begin(tx, store);
            Checks checks = new Checks(tx, session);
            Map<CellKey, Optional<AssessmentValue>> accepted = new LinkedHashMap<>();
            List<RefusedCell> refused = new ArrayList<>();
            for (CellEdit edit : edits) {
                checks.check(edit).ifPresentOrElse(refused::add, () -> accepted.put(edit.key(), checks.parsed(edit)));
            }
            if (!refused.isEmpty()) {
                return new SaveOutcome.Refused(refused);
            }
            List<SavedCell> saved = new ArrayList<>();
            accepted.forEach((key, value) -> saved.add(apply(tx, capture, session, key, value)));
            return new SaveOutcome.Saved(saved);
        });
    }

    void setTermLocked(Session session, UUID termId, boolean locked) {
        store.write(tx -> {
            Outbox.Capture capture = Outbox.begin(tx, store);
            int updated = tx.update(TERM).set(TERM.LOCKED, locked)
                    .set(TERM.LOCKED_BY, locked ? session.staffId() : null)
                    .set(TERM.LOCKED_AT, locked ? StoreGradebookService.now(store) : null)
                    .where(TERM.ID.eq(termId)).execute();
            if (updated != 1) {
                throw new IllegalArgumentException("no such term " + termId);
            }
            TermRecord term = tx.selectFrom(TERM).where(TERM.ID.eq(termId)).fetchSingle();
            capture.edit("term", termId, SyncValues.fieldsOf("term", term), session.staffId());
            return null;
        });
    }

    private SavedCell apply(DSLContext tx, Outbox.Capture capture, Session session, CellKey key,
                            Optional<AssessmentValue> value) {
        UUID id = cellId(key);
        AssessmentRecord cell = tx.selectFrom(ASSESSMENT).where(ASSESSMENT.ID.eq(id)).forUpdate().fetchOne();
        String oldText = cell == null ? null : valueOf(cell).map(AssessmentValue::text).orElse(null);
        String newText = value.map(AssessmentValue::text).orElse(null);
        if (Objects.equals(oldText, newText)) {
            return new SavedCell(key, value, cell == null ? 0 : cell.getVersion());
        }
        long baseVersion = cell == null ? 0 : cell.getVersion();
        if (cell != null && GradeHistory.withoutLines(tx, List.of(id)).contains(id)) {
            GradeHistory.insert(tx, GradeHistory.firstLine(id, oldText, baseVersion, cell.getUpdatedBy(),
                    cell.getUpdatedAt(), SyncRows.findWorking(tx, new SyncRows.Key(ENTITY, id)).orElse(null)));
        }
        if (cell == null) {
            cell = tx.newRecord(ASSESSMENT);
            cell.setId(id);
            cell.setStudentId(key.studentId());
            cell.setSubjectId(key.subjectId());
            cell.setTermId(key.termId());
            cell.setKind(key.kind().name());
            cell.setSeq((short) key.seq());
        }
        cell.setScore(value.filter(AssessmentValue.Score.class::isInstance)
                .map(v -> ((AssessmentValue.Score) v).value()).orElse(null));
        cell.setRating(value.filter(AssessmentValue.Rating.class::isInstance)
                .map(v -> v == AssessmentValue.Rating.PASS ? "D" : "CD").orElse(null));
        cell.setVersion(baseVersion + 1);
        cell.setUpdatedBy(session.staffId());
        cell.setUpdatedAt(StoreGradebookService.now(store));
        cell.store();
        appendHistory(tx, session, id, oldText, newText, cell.getVersion());
        capture.edit(ENTITY, id, fields(key, cell), session.staffId());
        return new SavedCell(key, value, cell.getVersion());
    }

    private void appendHistory(DSLContext tx, Session session, UUID cellId, String oldText, String newText,
                               long version) {
        tx.insertInto(ASSESSMENT_HISTORY)
                .set(ASSESSMENT_HISTORY.ID, Ids.newId(store.clock().millis()))
                .set(ASSESSMENT_HISTORY.ASSESSMENT_ID, cellId)
                .set(ASSESSMENT_HISTORY.OLD_VALUE, oldText)
                .set(ASSESSMENT_HISTORY.NEW_VALUE, newText)
                .set(ASSESSMENT_HISTORY.VERSION, version)
                .set(ASSESSMENT_HISTORY.CHANGED_BY, session.staffId())
                .set(ASSESSMENT_HISTORY.DEVICE_ID, store.deviceId())
                .set(ASSESSMENT_HISTORY.CHANGED_AT, StoreGradebookService.now(store))
                .execute();
    }

    /** The cell's synced fields as wire text; the capture keeps those that changed (all of them for a new cell). */
    private static Map<String, String> fields(CellKey key, AssessmentRecord cell) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("student_id", key.studentId().toString());
        fields.put("subject_id", key.subjectId().toString());
        fields.put("term_id", key.termId().toString());
        fields.put("kind", key.kind().name());
        fields.put("seq", String.valueOf(key.seq()));
        BigDecimal score = cell.getScore();
        fields.put("score", score == null ? null : score.toPlainString());
        fields.put("rating", cell.getRating());
        return fields;
    }

    /**
     * The rules an edit must pass. Everything one edit needs is read in ONE query (term lock, subject mode, the
     * student's class that year, whether the class takes the subject and the person teaches it): a keystroke's
     * save stays a handful of statements. Answers are kept for the length of one save (a pasted block).
     */
    private static final class Checks {
        private final DSLContext tx;
        private final Session session;
        private final Map<List<UUID>, Optional<CellFacts>> facts = new HashMap<>();

        Checks(DSLContext tx, Session session) {
            this.tx = tx;
            this.session = session;
        }

        /** What the store knows about a cell; classId is null when the student has no class that year. */
        private record CellFacts(boolean locked, AssessmentMode mode, UUID classId, boolean takesSubject,
                                 boolean assigned) {}

        Optional<RefusedCell> check(CellEdit edit) {
            CellKey key = edit.key();
            Optional<CellFacts> found = factsOf(key);
            if (found.isEmpty() || found.get().classId() == null || !found.get().takesSubject() || !validSeq(key)) {
                return refuse(edit, null, RefusalReason.UNKNOWN_CELL);
            }
            CellFacts cell = found.get();
            if (cell.locked()) {
                return refuse(edit, null, RefusalReason.TERM_LOCKED);
            }
            if (!cell.assigned()) {
                return refuse(edit, null, RefusalReason.NOT_ASSIGNED);
            }
            if (CellInput.parse(edit.typedText(), cell.mode()) instanceof CellInput.Refused bad) {
                return refuse(edit, bad.problem(), RefusalReason.INVALID_INPUT);
            }
            return Optional.empty();
        }

        Optional<AssessmentValue> parsed(CellEdit edit) {
            AssessmentMode mode = factsOf(edit.key()).orElseThrow().mode();
            return ((CellInput.Accepted) CellInput.parse(edit.typedText(), mode)).value();
        }

        private Optional<CellFacts> factsOf(CellKey key) {
            return facts.computeIfAbsent(List.of(key.studentId(), key.subjectId(), key.termId()), k -> query(key));
        }

        private Optional<CellFacts> query(CellKey key) {
            var enrolledClass = tx.select(ENROLMENT.CLASS_ID).from(ENROLMENT).join(SCHOOL_CLASS)
                    .on(SCHOOL_CLASS.ID.eq(ENROLMENT.CLASS_ID))
                    .where(ENROLMENT.STUDENT_ID.eq(key.studentId()).and(SCHOOL_CLASS.SCHOOL_YEAR_ID.eq(TERM.SCHOOL_YEAR_ID)))
                    .limit(1).asField("class_id");
            var classId = DSL.field(DSL.name("class_id"), UUID.class);
            var takes = DSL.exists(DSL.selectOne().from(CLASS_SUBJECT)
                    .where(CLASS_SUBJECT.CLASS_ID.eq(classId).and(CLASS_SUBJECT.SUBJECT_ID.eq(key.subjectId()))));
            var teaches = DSL.exists(DSL.selectOne().from(TEACHING_ASSIGNMENT)
                    .where(TEACHING_ASSIGNMENT.CLASS_ID.eq(classId).and(TEACHING_ASSIGNMENT.SUBJECT_ID.eq(key.subjectId()))
                            .and(TEACHING_ASSIGNMENT.STAFF_ID.eq(session.staffId()))));
            var base = tx.select(TERM.LOCKED, SUBJECT.ASSESSMENT_MODE, enrolledClass).from(TERM).crossJoin(SUBJECT)
                    .where(TERM.ID.eq(key.termId()).and(SUBJECT.ID.eq(key.subjectId()))).asTable("cell");
            return tx.select(base.field(TERM.LOCKED), base.field(SUBJECT.ASSESSMENT_MODE), classId,
                            DSL.field(takes), DSL.field(teaches))
                    .from(base).fetchOptional(r -> new CellFacts(r.value1(), AssessmentMode.valueOf(r.value2()),
                            r.value3(), r.value4(), r.value5()));
        }

        private static boolean validSeq(CellKey key) {
            return key.kind() == AssessmentKind.TX ? key.seq() >= 1 && key.seq() <= MAX_REGULAR : key.seq() == 1;
        }

        private static Optional<RefusedCell> refuse(CellEdit edit, CellInput.Problem problem, RefusalReason reason) {
            return Optional.of(new RefusedCell(edit.key(), edit.typedText(), problem, reason));
        }
    }
}
