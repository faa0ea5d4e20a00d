package vn.truongso.core.transcripts;

import java.time.LocalDate;

/**
 * One row of "Quá trình học tập": where the student was in a school year.
 *
 * @param enrolledOn the date of enrolment or of transfer in; {@code null} when not recorded
 */
public record CourseOfStudyEntry(String schoolYear, String className, String schoolName, String registrationNumber,
                                 LocalDate enrolledOn) {
    public CourseOfStudyEntry {
        schoolYear = Texts.required(schoolYear, "schoolYear");
        className = Texts.required(className, "className");
        schoolName = Texts.required(schoolName, "schoolName");
        registrationNumber = Texts.optional(registrationNumber);
    }
}
