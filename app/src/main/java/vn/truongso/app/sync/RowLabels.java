package vn.truongso.app.sync;

import static vn.truongso.app.store.schema.Tables.ENROLMENT;
import static vn.truongso.app.store.schema.Tables.SCHOOL_CLASS;
import static vn.truongso.app.store.schema.Tables.SCHOOL_YEAR;
import static vn.truongso.app.store.schema.Tables.STAFF;
import static vn.truongso.app.store.schema.Tables.STUDENT;
import static vn.truongso.app.store.schema.Tables.SUBJECT;
import static vn.truongso.app.store.schema.Tables.TERM;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import vn.truongso.core.sync.RowState;

/**
 * Who and what a synced row is, in words a teacher recognises, read from the local tables: for a grade "Nguyễn Văn
 * An · 10A1 · Toán · HK1 2026-2027 · TX1". Names only, no translated words, so it needs no locale.
 */
final class RowLabels {
    private static final String SEPARATOR = " · ";

    private final DSLContext db;

    RowLabels(DSLContext db) {
        this.db = db;
    }

    /**
     * The row's label from its state; fields the state no longer shows (a deleted row that is kept) are read from
     * the row's table.
     */
    String label(String entity, UUID rowId, RowState working) {
        Map<String, String> table = new HashMap<>();
        boolean[] read = {false};
        Values state = field -> working.value(field).or(() -> {
            if (!read[0]) {
                read[0] = true;
                new LocalRows(db, ZoneOffset.UTC).read(entity, rowId).ifPresent(table::putAll);
            }
            return Optional.ofNullable(table.get(field));
        });
        return label(entity, rowId, state);
    }

    private interface Values {
        Optional<String> value(String field);
    }

    private String label(String entity, UUID rowId, Values state) {
        List<String> parts = switch (entity) {
            case "assessment" -> {
                List<String> grade = new ArrayList<>();
                grade.add(student(ref(state, "student_id")));
                grade.add(classOf(ref(state, "student_id"), ref(state, "term_id")));
                grade.add(subject(ref(state, "subject_id")));
                grade.add(term(ref(state, "term_id")));
                grade.add(state.value("kind").orElse("?") + state.value("seq").orElse(""));
                yield grade;
            }
            case "enrolment" -> List.of(student(ref(state, "student_id")), schoolClass(ref(state, "class_id")));
            case "term" -> List.of(termOfYear(state.value("term_number").orElse("?"), ref(state, "school_year_id")));
            case "staff_role" -> List.of(staff(ref(state, "staff_id")), state.value("role").orElse("?"));
            case "class_subject" -> List.of(schoolClass(ref(state, "class_id")), subject(ref(state, "subject_id")));
            case "teaching_assignment" -> List.of(staff(ref(state, "staff_id")), schoolClass(ref(state, "class_id")),
                    subject(ref(state, "subject_id")));
            default -> List.of(state.value("full_name").or(() -> state.value("name")).or(() -> state.value("code"))
                    .orElse(entity + " " + rowId.toString().substring(0, 8)));
        };
        return String.join(SEPARATOR, parts.stream().filter(Objects::nonNull).toList());
    }

    private static UUID ref(Values state, String field) {
        try {
            return state.value(field).map(UUID::fromString).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String student(UUID id) {
        return id == null ? null : name(db.select(STUDENT.FULL_NAME).from(STUDENT).where(STUDENT.ID.eq(id))
                .fetchOptional(STUDENT.FULL_NAME));
    }

    private String staff(UUID id) {
        return id == null ? null : name(db.select(STAFF.FULL_NAME).from(STAFF).where(STAFF.ID.eq(id))
                .fetchOptional(STAFF.FULL_NAME));
    }

    private String subject(UUID id) {
        return id == null ? null : name(db.select(SUBJECT.NAME).from(SUBJECT).where(SUBJECT.ID.eq(id))
                .fetchOptional(SUBJECT.NAME));
    }

    private String schoolClass(UUID id) {
        return id == null ? null : name(db.select(SCHOOL_CLASS.NAME).from(SCHOOL_CLASS).where(SCHOOL_CLASS.ID.eq(id))
                .fetchOptional(SCHOOL_CLASS.NAME));
    }

    /** The class the student is in during the term's school year. */
    private String classOf(UUID studentId, UUID termId) {
        if (studentId == null || termId == null) {
            return null;
        }
        return db.select(SCHOOL_CLASS.NAME).from(ENROLMENT).join(SCHOOL_CLASS).on(SCHOOL_CLASS.ID.eq(ENROLMENT.CLASS_ID))
                .join(TERM).on(TERM.SCHOOL_YEAR_ID.eq(SCHOOL_CLASS.SCHOOL_YEAR_ID))
                .where(ENROLMENT.STUDENT_ID.eq(studentId).and(TERM.ID.eq(termId))).limit(1)
                .fetchOptional(SCHOOL_CLASS.NAME).orElse(null);
    }

    private String term(UUID id) {
        if (id == null) {
            return null;
        }
        return db.select(TERM.TERM_NUMBER, SCHOOL_YEAR.NAME).from(TERM).join(SCHOOL_YEAR)
                .on(SCHOOL_YEAR.ID.eq(TERM.SCHOOL_YEAR_ID)).where(TERM.ID.eq(id))
                .fetchOptional(r -> "HK" + r.value1() + " " + r.value2()).orElse("?");
    }

    private String termOfYear(String number, UUID yearId) {
        String year = yearId == null ? null : db.select(SCHOOL_YEAR.NAME).from(SCHOOL_YEAR)
                .where(SCHOOL_YEAR.ID.eq(yearId)).fetchOptional(SCHOOL_YEAR.NAME).orElse(null);
        return "HK" + number + (year == null ? "" : " " + year);
    }

    private static String name(Optional<String> found) {
        return found.orElse("?");
    }
}
