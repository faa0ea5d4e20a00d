package vn.truongso.core.transcripts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.truongso.core.grading.Level;
import vn.truongso.core.school.SchoolClass;
import vn.truongso.core.school.SchoolYear;

/**
 * One secondary school year as the records hold it, for {@link TranscriptBuilder}. The optional parts (conduct,
 * absences, the summer's conduct re-rating) may be {@code null}: what depends on them then prints blank.
 *
 * @param enrolledOn      date of enrolment or transfer into the class, for the course-of-study table
 * @param conductTermOne  the homeroom teacher's conduct rating for term I (Art. 8)
 * @param conductTermTwo  the same for term II
 * @param sessionsAbsent  sessions absent in the year, with or without permission
 * @param conductReRating the re-rating after summer conduct training (Art. 13), when there was training
 */
public record SecondaryYearInput(SchoolYear schoolYear, SchoolClass schoolClass, LocalDate enrolledOn,
                                 List<SubjectGrades> subjects, Level conductTermOne, Level conductTermTwo,
                                 Integer sessionsAbsent, Level conductReRating, List<String> certificates,
                                 String homeroomRemarks, Approval approval) {
    public SecondaryYearInput {
        Objects.requireNonNull(schoolYear, "schoolYear");
        Objects.requireNonNull(schoolClass, "schoolClass");
        if (!schoolClass.schoolYearId().equals(schoolYear.id())) {
            throw new IllegalArgumentException("class " + schoolClass.name() + " is not of year " + schoolYear.name());
        }
        subjects = List.copyOf(subjects);
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
    }

    /** A year with grades only: no conduct, absences or remarks recorded yet. */
    public static SecondaryYearInput grades(SchoolYear schoolYear, SchoolClass schoolClass, LocalDate enrolledOn,
                                            List<SubjectGrades> subjects) {
        return new SecondaryYearInput(schoolYear, schoolClass, enrolledOn, subjects, null, null, null, null,
                List.of(), null, null);
    }
}
