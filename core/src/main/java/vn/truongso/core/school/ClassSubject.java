package vn.truongso.core.school;

import java.util.Objects;
import java.util.UUID;

/**
 * A subject as taught to one class. Periods live here, not on the subject: they differ by grade and a school may
 * adjust them, and they set the number of regular assessments (Circular 22, Art. 6).
 */
public record ClassSubject(UUID id, UUID classId, UUID subjectId, int periodsPerYear) {
    public ClassSubject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(subjectId, "subjectId");
        if (periodsPerYear <= 0) {
            throw new IllegalArgumentException("periods per year must be positive: " + periodsPerYear);
        }
    }
}
