package vn.truongso.core.school;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import vn.truongso.core.ids.Ids;

/**
 * A student in a class for a school year, from a date, until a date when she leaves or transfers.
 *
 * @param until last day in the class, {@code null} while enrolled
 */
public record Enrolment(UUID id, UUID studentId, UUID classId, UUID schoolYearId, LocalDate from, LocalDate until) {
    public Enrolment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(schoolYearId, "schoolYearId");
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("until " + until + " is before from " + from);
        }
    }

    /** Derived from the natural key (DESIGN §3.1), so two PCs enrolling the same student make one row. */
    public static UUID idFor(UUID studentId, UUID classId, UUID schoolYearId) {
        return Ids.derived("enrolment", studentId, classId, schoolYearId);
    }

    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
}
