package vn.truongso.core.school;

import java.util.Objects;
import java.util.UUID;

/** Who teaches which subject to which class: the only grade cells a teacher may edit (DESIGN §1). */
public record TeachingAssignment(UUID id, UUID staffAccountId, UUID classSubjectId) {
    public TeachingAssignment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(staffAccountId, "staffAccountId");
        Objects.requireNonNull(classSubjectId, "classSubjectId");
    }
}
