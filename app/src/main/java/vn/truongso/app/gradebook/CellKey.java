package vn.truongso.app.gradebook;

import java.util.UUID;
import vn.truongso.core.grading.AssessmentKind;

/** The natural key of a gradebook cell: student, subject, term, kind and number (TX1 = TX, 1). */
public record CellKey(UUID studentId, UUID subjectId, UUID termId, AssessmentKind kind, int seq) {}
