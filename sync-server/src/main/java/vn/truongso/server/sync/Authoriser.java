package vn.truongso.server.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.truongso.core.school.Role;
import vn.truongso.core.sync.Change;
import vn.truongso.core.sync.ChangeCheck;
import vn.truongso.core.sync.FieldEdit;
import vn.truongso.core.sync.FieldType;
import vn.truongso.core.sync.RowState;
import vn.truongso.core.sync.SyncEntities;
import vn.truongso.core.sync.SyncEntity;

/**
 * Decides, on the server, whether the author of a change may make it (DESIGN §4): the row and everything it
 * refers to belong to the device's school, the author is active staff there with a role that may edit the
 * entity, and a grade's author teaches that class and subject in a term that is not locked. A PC's own checks
 * are a courtesy; these are the ones that count.
 */
final class Authoriser {
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

    private static final SyncEntity STAFF_ROLE = SyncEntities.find("staff_role").orElseThrow();
    /**
     * Staff-role row ids, derived by SHA-256 from staff and role: asked for each change of a push (and again for
     * its check), the same few authors every time. Bounded: forgotten when it grows past {@link #ROLE_IDS_KEPT}.
     */
    private static final Map<List<Object>, UUID> ROLE_IDS = new ConcurrentHashMap<>();
    private static final int ROLE_IDS_KEPT = 100_000;

    private Authoriser() {}

    /**
     * Reads, in a few queries for the whole push, every row the checks of {@code changes} will look at: the rows
     * themselves, the rows they refer to, their authors and the authors' roles, and for grades the students'
     * enrolments, those classes and their teaching assignments. Without it each check would fetch them one by
     * one — two round trips per student of a push of grades. Malformed values are left for {@link #check} to refuse.
     */
    static void prefetch(RowStore rows, List<Change> changes) {
        List<Map.Entry<String, UUID>> keys = new ArrayList<>();
        for (Change change : changes) {
            keys.add(RowStore.key(change.entity(), change.row()));
            keys.add(RowStore.key("staff", change.author()));
            EDITORS.getOrDefault(change.entity(), Set.of()).forEach(role -> keys.add(RowStore.key("staff_role",
                    staffRoleId(change.author(), role))));
            SyncEntities.find(change.entity()).ifPresent(entity -> change.fields().forEach((name, edit) -> {
                if (entity.fields().get(name) instanceof FieldType.Ref ref && !"school".equals(ref.entity())) {
                    uuid(edit.value()).ifPresent(target -> keys.add(RowStore.key(ref.entity(), target)));
                }
            }));
        }
        rows.prefetch(keys);
        List<UUID> students = changes.stream().filter(c -> "assessment".equals(c.entity()))
                .map(c -> Optional.ofNullable(c.fields().get("student_id")).map(FieldEdit::value)
                        .or(() -> rows.find(c.entity(), c.row()).flatMap(r -> r.value("student_id"))))
                .flatMap(value -> uuid(value.orElse(null)).stream()).distinct().toList();
        if (students.isEmpty()) {
            return;
        }
        rows.prefetchReferring("enrolment", "student_id", students);
        List<UUID> enrolments = students.stream()
                .flatMap(student -> rows.referring("enrolment", "student_id", student).stream()).toList();
        rows.prefetch(enrolments.stream().map(id -> RowStore.key("enrolment", id)).toList());
        List<UUID> classes = enrolments.stream().map(id -> rows.find("enrolment", id)).flatMap(Optional::stream)
                .flatMap(e -> uuid(e.value("class_id").orElse(null)).stream()).distinct().toList();
        rows.prefetch(classes.stream().map(id -> RowStore.key("school_class", id)).toList());
        rows.prefetchReferring("teaching_assignment", "class_id", classes);
        rows.prefetch(classes.stream().flatMap(c -> rows.referring("teaching_assignment", "class_id", c).stream())
                .map(id -> RowStore.key("teaching_assignment", id)).toList());
    }

    static Optional<Refusal> check(SchoolRows rows, Change change, Optional<RowState> current) {
        List<String> valueProblems = ChangeCheck.valueProblems(change, current.isEmpty());
        if (!valueProblems.isEmpty()) {
            return refuse(Refusal.Reason.INVALID_VALUE, String.join("; ", valueProblems));
        }
        return scope(rows, change, current)
                .or(() -> author(rows, change))
                .or(() -> "assessment".equals(change.entity()) ? grade(rows, change, current) : Optional.empty());
    }

    private static Optional<Refusal> scope(SchoolRows rows, Change change, Optional<RowState> current) {
        if (current.isEmpty() && rows.belongsToAnotherSchool(change.entity(), change.row())) {
            return refuse(Refusal.Reason.WRONG_SCHOOL, change.entity() + " " + change.row() + " belongs to another school");
        }
        if ("school".equals(change.entity()) && !change.row().equals(rows.schoolId())) {
            return refuse(Refusal.Reason.WRONG_SCHOOL, "a device may only change its own school");
        }
        SyncEntity entity = SyncEntities.find(change.entity()).orElseThrow();
        for (Map.Entry<String, FieldEdit> field : change.fields().entrySet()) {
            if (entity.fields().get(field.getKey()) instanceof FieldType.Ref ref && field.getValue().value() != null) {
                UUID target = UUID.fromString(field.getValue().value());
                boolean ownSchool = "school".equals(ref.entity()) ? target.equals(rows.schoolId())
                        : rows.find(ref.entity(), target).filter(RowState::isAlive).isPresent();
                if (!ownSchool) {
                    return refuse(rows.belongsToAnotherSchool(ref.entity(), target) ? Refusal.Reason.WRONG_SCHOOL
                            : Refusal.Reason.MISSING_PARENT, field.getKey() + " refers to no " + ref.entity() + " of this school");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> author(SchoolRows rows, Change change) {
        Optional<RowState> staff = rows.find("staff", change.author()).filter(RowState::isAlive);
        if (staff.isEmpty() || !staff.get().value("active").map("true"::equals).orElse(false)) {
            return refuse(Refusal.Reason.UNKNOWN_AUTHOR, "the author is not an active staff member of this school");
        }
        Set<Role> allowed = EDITORS.get(change.entity());
        boolean holds = allowed.stream().anyMatch(role -> hasRole(rows, change.author(), role));
        return holds ? Optional.empty()
                : refuse(Refusal.Reason.NOT_ALLOWED, "editing " + change.entity() + " needs one of the roles " + allowed);
    }

    static boolean hasRole(SchoolRows rows, UUID staffId, Role role) {
        return rows.find("staff_role", staffRoleId(staffId, role)).filter(RowState::isAlive).isPresent();
    }

    private static UUID staffRoleId(UUID staffId, Role role) {
        if (ROLE_IDS.size() > ROLE_IDS_KEPT) {
            ROLE_IDS.clear();
        }
        return ROLE_IDS.computeIfAbsent(List.of(staffId, role),
                k -> STAFF_ROLE.keyedId(staffId.toString(), role.name()));
    }

    private static Optional<Refusal> grade(SchoolRows rows, Change change, Optional<RowState> current) {
        RowState cell = current.orElse(RowState.EMPTY);
        UUID student = UUID.fromString(valueOf(change, cell, "student_id"));
        UUID subject = UUID.fromString(valueOf(change, cell, "subject_id"));
        UUID termId = UUID.fromString(valueOf(change, cell, "term_id"));
        RowState term = rows.find("term", termId).orElseThrow();
        if (term.value("locked").map("true"::equals).orElse(false)) {
            return refuse(Refusal.Reason.TERM_LOCKED, "the term is locked; grades can no longer change");
        }
        String year = term.value("school_year_id").orElse("");
        for (UUID enrolment : rows.referring("enrolment", "student_id", student)) {
            Optional<UUID> classId = rows.find("enrolment", enrolment).filter(RowState::isAlive)
                    .flatMap(e -> e.value("class_id")).map(UUID::fromString);
            boolean thatYear = classId.flatMap(c -> rows.find("school_class", c))
                    .flatMap(c -> c.value("school_year_id")).map(year::equals).orElse(false);
            if (thatYear && teaches(rows, change.author(), classId.get(), subject)) {
                return Optional.empty();
            }
        }
        return refuse(Refusal.Reason.NOT_ASSIGNED, "the author does not teach this subject to this student's class");
    }

    private static boolean teaches(SchoolRows rows, UUID staff, UUID classId, UUID subject) {
        return rows.referring("teaching_assignment", "class_id", classId).stream()
                .map(id -> rows.find("teaching_assignment", id)).flatMap(Optional::stream)
                .filter(RowState::isAlive)
                .anyMatch(a -> a.value("staff_id").map(staff.toString()::equals).orElse(false)
                        && a.value("subject_id").map(subject.toString()::equals).orElse(false));
    }

    /** A field's value after the change: from the change if it sets it, else the row's current value. */
    private static String valueOf(Change change, RowState current, String field) {
        FieldEdit edit = change.fields().get(field);
        return edit != null ? edit.value() : current.value(field).orElseThrow();
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Refusal> refuse(Refusal.Reason reason, String message) {
        return Optional.of(new Refusal(reason, message));
    }
}
