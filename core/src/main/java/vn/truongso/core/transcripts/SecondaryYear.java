package vn.truongso.core.transcripts;

import java.util.List;
import java.util.Objects;

import vn.truongso.core.grading.Promotion.Decision;
import vn.truongso.core.grading.Titles.Title;

/**
 * One school year of a secondary transcript (grades 6–12, Circular 22). Everything but the year, the class and the
 * grade is optional: conduct, absences and the decision come from tables still being built, and a transcript
 * printed during the year shows what is known.
 *
 * @param sessionsAbsent  buổi nghỉ học in the year, with or without permission (Art. 12), {@code null} if not recorded
 * @param decision        the end-of-year decision (promoted, re-assessment, summer conduct training, repeat)
 * @param summer          what the summer changed, when the decision sent the student to the summer
 * @param title           Học sinh Xuất sắc / Giỏi, {@code null} for none
 * @param certificates    chứng chỉ, e.g. a language certificate, as printed
 * @param homeroomRemarks nhận xét của giáo viên chủ nhiệm
 */
public record SecondaryYear(String schoolYear, String className, int grade, List<SubjectResult> subjects,
                            TermLevels conduct, TermLevels learning, Integer sessionsAbsent, Decision decision,
                            SummerOutcome summer, Title title, List<String> certificates, String homeroomRemarks,
                            Approval approval) {
    public SecondaryYear {
        schoolYear = Texts.required(schoolYear, "schoolYear");
        className = Texts.required(className, "className");
        if (grade < 6 || grade > 12) {
            throw new IllegalArgumentException("a secondary year is grade 6–12, not " + grade);
        }
        subjects = List.copyOf(subjects);
        conduct = Objects.requireNonNullElse(conduct, TermLevels.NONE);
        learning = Objects.requireNonNullElse(learning, TermLevels.NONE);
        if (sessionsAbsent != null && sessionsAbsent < 0) {
            throw new IllegalArgumentException("sessionsAbsent must not be negative: " + sessionsAbsent);
        }
        certificates = Texts.list(certificates);
        homeroomRemarks = Texts.optionalParagraphs(homeroomRemarks);
        approval = Objects.requireNonNullElse(approval, Approval.NONE);
        long codes = subjects.stream().map(SubjectResult::code).distinct().count();
        if (codes != subjects.size()) {
            throw new IllegalArgumentException("a subject appears twice in " + schoolYear);
        }
    }
}
