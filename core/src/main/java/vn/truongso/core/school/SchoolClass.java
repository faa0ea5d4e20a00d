package vn.truongso.core.school;

import java.util.Objects;
import java.util.UUID;

/**
 * A class (lớp) such as "6A1" in one school year.
 *
 * @param homeroomTeacherId the staff account of the homeroom teacher (GVCN), {@code null} until assigned
 */
public record SchoolClass(UUID id, UUID schoolId, UUID schoolYearId, GradeLevel grade, String name,
                          UUID homeroomTeacherId) {
    public SchoolClass {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(schoolYearId, "schoolYearId");
        Objects.requireNonNull(grade, "grade");
        name = Names.required(name, "name");
    }
}
