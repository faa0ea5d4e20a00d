package vn.truongso.core.transcripts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import vn.truongso.core.grading.AssessmentMode;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.grading.AssessmentValue.Rating;
import vn.truongso.core.grading.AssessmentValue.Score;
import vn.truongso.core.ids.Ids;
import vn.truongso.core.school.GradeLevel;
import vn.truongso.core.school.SchoolClass;
import vn.truongso.core.school.SchoolYear;
import vn.truongso.core.school.Subject;
import vn.truongso.core.students.Gender;

/** Inputs written out by hand, so that tests state the grades they compute from. */
final class Fixtures {
    static final UUID SCHOOL_ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final SchoolYear YEAR = new SchoolYear(UUID.fromString("00000000-0000-4000-8000-000000000002"),
            "2026-2027", LocalDate.of(2026, 9, 5), LocalDate.of(2027, 5, 31));
    static final SchoolClass CLASS_10A1 = new SchoolClass(UUID.fromString("00000000-0000-4000-8000-000000000003"),
            SCHOOL_ID, YEAR.id(), GradeLevel.of(10), "10A1", null);
    static final SchoolInfo SCHOOL = new SchoolInfo("Sở Giáo dục và Đào tạo Lào Cai", "Trường THCS và THPT Bắc Hà",
            "10000806", "Xã Bắc Hà", null, "Lào Cai", "Bắc Hà");
    static final StudentIdentity NHUNG = new StudentIdentity("Nguyễn Thị Hồng Nhung", Gender.FEMALE,
            LocalDate.of(2011, 3, 14), "Kinh", "Việt Nam", "Xã Na Hối, huyện Bắc Hà, tỉnh Lào Cai", "Tỉnh Nam Định",
            "Thôn Na Hối Tày, xã Bắc Hà, tỉnh Lào Cai", new Parent("Nguyễn Văn Hùng", "Giáo viên"),
            new Parent("Trần Thị Lan", "Làm ruộng"), null, "010311001234", "012/2026", null);
    static final DocumentInfo DOCUMENT = new DocumentInfo(UUID.fromString("0197a6c4-1f00-7000-8000-0000000000aa"),
            Instant.parse("2027-05-31T02:00:00Z"), null);

    private Fixtures() {}

    static Subject subject(String code, AssessmentMode mode) {
        return new Subject(Ids.derived("subject", code), code, code.charAt(0) + code.substring(1).toLowerCase(), mode);
    }

    static List<AssessmentValue> scores(String... values) {
        List<AssessmentValue> list = new ArrayList<>();
        for (String v : values) {
            list.add(v == null ? null : Score.of(v));
        }
        return list;
    }

    static TermGrades term(String gk, String ck, String... regular) {
        return new TermGrades(scores(regular), gk == null ? null : Score.of(gk), ck == null ? null : Score.of(ck));
    }

    /** A scored subject whose every assessment in both terms is {@code score}, so its averages are {@code score}. */
    static SubjectGrades flat(String code, String score) {
        TermGrades t = term(score, score, Collections.nCopies(3, score).toArray(String[]::new));
        return new SubjectGrades(subject(code, AssessmentMode.SCORE), 70, t, t, null, null);
    }

    static SubjectGrades passed(String code) {
        TermGrades t = new TermGrades(List.of(Rating.PASS, Rating.PASS), Rating.PASS, Rating.PASS);
        return new SubjectGrades(subject(code, AssessmentMode.COMMENT), 70, t, t, null, null);
    }
}
