package vn.truongso.core.school;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import vn.truongso.core.students.Gender;
import vn.truongso.core.students.StudentCode;

/**
 * A student's record. Ethnicity is sensitive personal data (Decree 356/2025): optional, and the app logs who reads it.
 *
 * @param personalId  mã định danh cá nhân; {@code null} when the student has none yet (e.g. a foreign national)
 * @param fullName    NFC, single spaces
 * @param ethnicity   dân tộc, {@code null} when not recorded
 * @param nationality quốc tịch, e.g. "Việt Nam"
 */
public record Student(UUID id, String personalId, String fullName, LocalDate dateOfBirth, Gender gender,
                      String ethnicity, String nationality) {
    public Student {
        Objects.requireNonNull(id, "id");
        fullName = Names.required(fullName, "fullName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(gender, "gender");
        if (personalId != null) {
            List<StudentCode.Problem> problems = StudentCode.check(personalId, dateOfBirth, gender);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("personal id " + personalId + " is invalid: " + problems);
            }
        }
        ethnicity = Names.optional(ethnicity, "ethnicity");
        nationality = Names.required(nationality, "nationality");
    }
}
