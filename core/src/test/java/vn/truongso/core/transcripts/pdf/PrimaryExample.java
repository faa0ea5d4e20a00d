package vn.truongso.core.transcripts.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.truongso.core.grading.PrimaryYearResult.QualityRating;
import vn.truongso.core.grading.PrimaryYearResult.SubjectRating;
import vn.truongso.core.school.GradeLevel;
import vn.truongso.core.school.SchoolClass;
import vn.truongso.core.school.SchoolYear;
import vn.truongso.core.students.Gender;
import vn.truongso.core.transcripts.Approval;
import vn.truongso.core.transcripts.DocumentInfo;
import vn.truongso.core.transcripts.Parent;
import vn.truongso.core.transcripts.PrimarySubjectResult;
import vn.truongso.core.transcripts.PrimaryYearInput;
import vn.truongso.core.transcripts.QualityResult;
import vn.truongso.core.transcripts.SchoolInfo;
import vn.truongso.core.transcripts.StudentIdentity;
import vn.truongso.core.transcripts.Transcript;
import vn.truongso.core.transcripts.TranscriptBuilder;

/** A grade-5 primary transcript (Circular 27) written out by hand. */
final class PrimaryExample {
    private PrimaryExample() {}

    static Transcript grade5() {
        SchoolYear year = new SchoolYear(UUID.fromString("00000000-0000-4000-8000-000000000052"), "2026-2027",
                LocalDate.of(2026, 9, 5), LocalDate.of(2027, 5, 31));
        SchoolClass c = new SchoolClass(UUID.fromString("00000000-0000-4000-8000-000000000053"),
                UUID.fromString("00000000-0000-4000-8000-000000000054"), year.id(), GradeLevel.of(5), "5A", null);
        SchoolInfo school = new SchoolInfo("Ủy ban nhân dân xã Bắc Hà", "Trường Tiểu học Thị trấn Bắc Hà", null,
                "Xã Bắc Hà", null, "Lào Cai", "Bắc Hà");
        StudentIdentity student = new StudentIdentity("Đặng Quốc Việt", Gender.MALE, LocalDate.of(2016, 8, 2), "Kinh",
                "Việt Nam", "Xã Bảo Nhai, huyện Bắc Hà, tỉnh Lào Cai", "Tỉnh Thái Bình",
                "Tổ dân phố Bắc Hà 2, xã Bắc Hà, tỉnh Lào Cai", Parent.named("Đặng Văn Dũng"),
                Parent.named("Lê Thị Hằng"), null, null, "045/2022", null);
        List<PrimarySubjectResult> subjects = List.of(
                subject("TV", "Tiếng Việt", SubjectRating.COMPLETED_WELL, 9, "Đọc diễn cảm, viết đúng chính tả."),
                subject("TOAN", "Toán", SubjectRating.COMPLETED_WELL, 10, "Tính toán nhanh, chính xác."),
                subject("NN1", "Ngoại ngữ 1 (Tiếng Anh)", SubjectRating.COMPLETED_WELL, 8, null),
                subject("LSDL", "Lịch sử và Địa lí", SubjectRating.COMPLETED_WELL, 8, null),
                subject("KH", "Khoa học", SubjectRating.COMPLETED_WELL, 9, null),
                subject("TINCN", "Tin học và Công nghệ", SubjectRating.COMPLETED_WELL, 8, null),
                subject("DD", "Đạo đức", SubjectRating.COMPLETED_WELL, null, null),
                subject("AN", "Âm nhạc", SubjectRating.COMPLETED_WELL, null, "Hát đúng giai điệu."),
                subject("MT", "Mĩ thuật", SubjectRating.COMPLETED_WELL, null, null),
                subject("GDTC", "Giáo dục thể chất", SubjectRating.COMPLETED_WELL, null, null),
                subject("HDTN", "Hoạt động trải nghiệm", SubjectRating.COMPLETED_WELL, null, null));
        List<QualityResult> qualities = List.of("Yêu nước", "Nhân ái", "Chăm chỉ", "Trung thực", "Trách nhiệm").stream()
                .map(n -> new QualityResult(n, QualityRating.GOOD, null)).toList();
        List<QualityResult> competencies = List.of("Tự chủ và tự học", "Giao tiếp và hợp tác",
                "Giải quyết vấn đề và sáng tạo", "Ngôn ngữ", "Tính toán", "Khoa học", "Thẩm mĩ", "Thể chất").stream()
                .map(n -> new QualityResult(n, QualityRating.GOOD, null)).toList();
        return TranscriptBuilder.primary(school, student)
                .year(new PrimaryYearInput(year, c, LocalDate.of(2026, 9, 5), subjects, qualities, competencies,
                        List.of("Học sinh hoàn thành tốt các nội dung học tập và rèn luyện"),
                        "Ngoan, chăm học, tích cực tham gia hoạt động của lớp.",
                        new Approval("Lò Thị Hương", "Vàng Seo Páo", LocalDate.of(2027, 5, 25))))
                .build(new DocumentInfo(UUID.fromString("0197a6c4-2f00-7000-8000-0000000000b5"),
                        Instant.parse("2027-05-31T02:00:00Z"), null));
    }

    private static PrimarySubjectResult subject(String code, String name, SubjectRating r, Integer test, String note) {
        return new PrimarySubjectResult(code, name, r, test, note);
    }
}
