package vn.truongso.core.transcripts;

import java.util.List;
import java.util.Objects;

import vn.truongso.core.grading.PrimaryYearResult;

/**
 * One school year of a primary transcript (grades 1–5, Circular 27/2020).
 *
 * @param overall    Hoàn thành xuất sắc / tốt / Hoàn thành / Chưa hoàn thành, {@code null} until evaluated
 * @param awards     khen thưởng, as printed
 * @param completion whether the grade (or, in grade 5, primary school) was completed
 */
public record PrimaryYear(String schoolYear, String className, int grade, List<PrimarySubjectResult> subjects,
                          List<QualityResult> qualities, List<QualityResult> competencies,
                          PrimaryYearResult.Result overall, List<String> awards, Completion completion,
                          String homeroomRemarks, Approval approval) {

    /** The completion line of the primary transcript. */
    public enum Completion {
        /** Hoàn thành chương trình lớp … */
        COMPLETED_GRADE,
        /** Hoàn thành chương trình tiểu học (grade 5 only). */
        COMPLETED_PRIMARY,
        /** Chưa hoàn thành chương trình lớp … */
        NOT_COMPLETED
    }

    public PrimaryYear {
        schoolYear = Texts.required(schoolYear, "schoolYear");
        className = Texts.required(className, "className");
        if (grade < 1 || grade > 5) {
            throw new IllegalArgumentException("a primary year is grade 1–5, not " + grade);
        }
        subjects = List.copyOf(subjects);
        qualities = List.copyOf(qualities);
        competencies = List.copyOf(competencies);
        awards = Texts.list(awards);
        if (completion == Completion.COMPLETED_PRIMARY && grade != 5) {
            throw new IllegalArgumentException("primary school is completed in grade 5, not " + grade);
        }
        homeroomRemarks = Texts.optionalParagraphs(homeroomRemarks);
        approval = Objects.requireNonNullElse(approval, Approval.NONE);
    }
}
