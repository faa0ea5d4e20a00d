package vn.truongso.core.transcripts.pdf;

import java.util.ArrayList;
import java.util.List;

import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.transcripts.SecondaryYear;
import vn.truongso.core.transcripts.SubjectResult;
import vn.truongso.core.transcripts.Transcript;

/** Small edits of a transcript for tests: one value changed, everything else kept. */
final class TranscriptModels {
    private TranscriptModels() {}

    /** The first year's first (scored) subject with another term I result. */
    static Transcript withFirstTermOneScore(Transcript t, String score) {
        SecondaryYear y = t.secondaryYears().getFirst();
        List<SubjectResult> subjects = new ArrayList<>(y.subjects());
        SubjectResult s = subjects.getFirst();
        subjects.set(0, new SubjectResult(s.code(), s.name(), s.mode(), AssessmentValue.Score.of(score), s.termTwo(),
                s.year(), s.afterReAssessment(), s.teacherName()));
        SecondaryYear changed = new SecondaryYear(y.schoolYear(), y.className(), y.grade(), subjects, y.conduct(),
                y.learning(), y.sessionsAbsent(), y.decision(), y.summer(), y.title(), y.certificates(),
                y.homeroomRemarks(), y.approval());
        List<SecondaryYear> years = new ArrayList<>(t.secondaryYears());
        years.set(0, changed);
        return new Transcript(t.document(), t.level(), t.school(), t.student(), t.courseOfStudy(), years,
                t.primaryYears());
    }
}
