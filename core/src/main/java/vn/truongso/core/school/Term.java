package vn.truongso.core.school;

import java.util.Objects;
import java.util.UUID;

/**
 * Term I or II of a school year. A locked term refuses grade changes (DESIGN §1: no grade changes silently after
 * the principal locks it).
 */
public record Term(UUID id, UUID schoolYearId, int number, boolean locked) {
    public Term {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolYearId, "schoolYearId");
        if (number != 1 && number != 2) {
            throw new IllegalArgumentException("term number must be 1 or 2: " + number);
        }
    }

    public Term lock() {
        return new Term(id, schoolYearId, number, true);
    }

    public Term unlock() {
        return new Term(id, schoolYearId, number, false);
    }
}
