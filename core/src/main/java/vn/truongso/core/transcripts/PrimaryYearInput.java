package vn.truongso.core.transcripts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.truongso.core.school.SchoolClass;
import vn.truongso.core.school.SchoolYear;

/**
 * One primary school year as the records hold it, for {@link TranscriptBuilder}: end-of-year ratings of subjects,
 * qualities and competencies (Circular 27). The overall result and completion are computed from them.
 */
public record PrimaryYearInput(SchoolYear schoolYear, SchoolClass schoolClass, LocalDate enrolledOn,
                               List<PrimarySubjectResult> subjects, List<QualityResult> qualities,
                               List<QualityResult> competencies, List<String> awards, String homeroomRemarks,
                               Approval approval) {
    public PrimaryYearInput {
        Objects.requireNonNull(schoolYear, "schoolYear");
        Objects.requireNonNull(schoolClass, "schoolClass");
        if (!schoolClass.schoolYearId().equals(schoolYear.id())) {
            throw new IllegalArgumentException("class " + schoolClass.name() + " is not of year " + schoolYear.name());
        }
        subjects = List.copyOf(subjects);
        qualities = List.copyOf(qualities);
        competencies = List.copyOf(competencies);
        awards = awards == null ? List.of() : List.copyOf(awards);
    }
}
