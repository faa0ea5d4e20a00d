package vn.truongso.app.gradebook;

import java.util.UUID;
import vn.truongso.core.grading.AssessmentMode;

/** One class's gradebook for one subject, as listed in the chooser. */
public record GradebookRef(
        UUID classId,
        String className,
        int gradeLevel,
        UUID subjectId,
        String subjectName,
        AssessmentMode mode,
        int periodsPerYear,
        boolean editableByUser) {}
