package vn.truongso.core.transcripts;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.core.transcripts.Fixtures.CLASS_10A1;
import static vn.truongso.core.transcripts.Fixtures.DOCUMENT;
import static vn.truongso.core.transcripts.Fixtures.NHUNG;
import static vn.truongso.core.transcripts.Fixtures.SCHOOL;
import static vn.truongso.core.transcripts.Fixtures.YEAR;
import static vn.truongso.core.transcripts.Fixtures.flat;
import static vn.truongso.core.transcripts.Fixtures.passed;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import vn.truongso.core.grading.Level;
import vn.truongso.core.school.SchoolLevel;
import vn.truongso.core.students.Gender;

class CanonicalFormTest {

    private static Transcript transcript(StudentIdentity student, String remarks) {
        return TranscriptBuilder.secondary(SchoolLevel.UPPER_SECONDARY, SCHOOL, student)
                .year(new SecondaryYearInput(YEAR, CLASS_10A1, LocalDate.of(2026, 9, 5),
                        List.of(flat("TOAN", "8.5"), flat("NGUVAN", "7.0"), flat("NN1", "8.0"), flat("LICHSU", "8.2"),
                                flat("VATLI", "9.0"), flat("HOAHOC", "8.4"), passed("GDTC")), Level.GOOD, Level.FAIR,
                        2, null, List.of("Chứng chỉ tiếng Anh A2"), remarks,
                        new Approval("Trần Thị Thanh Bình", "Nguyễn Văn Thắng", LocalDate.of(2027, 5, 25))))
                .build(DOCUMENT);
    }

    private static final Transcript BASE = transcript(NHUNG, "Chăm ngoan, học tốt.");

    @Test
    void theFormIsVersionedLineBasedAndNamesEveryFieldByItsPath() {
        String form = CanonicalForm.of(BASE);

        assertThat(form).startsWith("HB-CANONICAL/1\n").endsWith("\n")
                .contains("\ndocument.id=0197a6c4-1f00-7000-8000-0000000000aa\n")
                .contains("\ndocument.issuedAt=2027-05-31T02:00:00Z\n")
                .contains("\nlevel=UPPER_SECONDARY\n")
                .contains("\nstudent.fullName=Nguyễn Thị Hồng Nhung\n")
                .contains("\nstudent.dateOfBirth=2011-03-14\n")
                .contains("\nsecondaryYears#=1\n")
                .contains("\nsecondaryYears.0.subjects.0.termOne.value=8.5\n")
                .contains("\nsecondaryYears.0.subjects.6.year=PASS\n")
                .contains("\nsecondaryYears.0.conduct.year=FAIR\n")
                .contains("\nsecondaryYears.0.learning.year=FAIR\n")
                .doesNotContain("document.replaces"); // absent fields write nothing
    }

    @Test
    void theSameContentGivesTheSameHashWhateverTheUnicodeForm() {
        StudentIdentity decomposed = new StudentIdentity(Normalizer.normalize(NHUNG.fullName(), Normalizer.Form.NFD),
                NHUNG.gender(), NHUNG.dateOfBirth(), NHUNG.ethnicity(), NHUNG.nationality(), NHUNG.placeOfBirth(),
                NHUNG.homeTown(), NHUNG.address(), NHUNG.father(), NHUNG.mother(), NHUNG.guardian(),
                NHUNG.personalId(), NHUNG.registrationNumber(), NHUNG.photo());

        Transcript again = transcript(decomposed, "  Chăm ngoan,   học tốt. ");

        assertThat(again).isEqualTo(BASE);
        assertThat(again.contentHash()).isEqualTo(BASE.contentHash());
        assertThat(CanonicalForm.of(again)).isEqualTo(CanonicalForm.of(BASE));
    }

    @Test
    void anyChangeGivesAnotherHash() {
        List<UnaryOperator<Transcript>> changes = List.of(
                t -> transcript(NHUNG.withRegistrationNumber("013/2026"), "Chăm ngoan, học tốt."),
                t -> transcript(NHUNG, "Chăm ngoan, học tốt"),
                t -> transcript(new StudentIdentity("Nguyễn Thị Hồng Nhung", Gender.FEMALE, LocalDate.of(2011, 3, 15),
                        NHUNG.ethnicity(), NHUNG.nationality(), NHUNG.placeOfBirth(), NHUNG.homeTown(), NHUNG.address(),
                        NHUNG.father(), NHUNG.mother(), null, NHUNG.personalId(), NHUNG.registrationNumber(), null),
                        "Chăm ngoan, học tốt."),
                t -> withYearAverage(t, 0, "8.6"),
                t -> t.withDocument(new DocumentInfo(UUID.randomUUID(), DOCUMENT.issuedAt(), null)),
                t -> t.withDocument(new DocumentInfo(DOCUMENT.id(), DOCUMENT.issuedAt().plusSeconds(1), null)),
                t -> t.withDocument(new DocumentInfo(DOCUMENT.id(), DOCUMENT.issuedAt(), UUID.randomUUID())),
                t -> new Transcript(t.document(), t.level(), t.school(),
                        t.student().withPhoto(new Photo(new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2})),
                        t.courseOfStudy(), t.secondaryYears(), t.primaryYears()));
        Set<ContentHash> hashes = new HashSet<>();
        hashes.add(BASE.contentHash());

        for (UnaryOperator<Transcript> change : changes) {
            assertThat(hashes.add(change.apply(BASE).contentHash())).as("a change that kept the hash").isTrue();
        }
    }

    @Test
    void lineBreaksAndBackslashesInRemarksCannotForgeAnotherField() {
        Transcript tricky = transcript(NHUNG, "Tốt\nlevel=PRIMARY \\ hết");

        String form = CanonicalForm.of(tricky);

        assertThat(form).contains("homeroomRemarks=Tốt\\nlevel=PRIMARY \\\\ hết\n");
        assertThat(form.lines().filter(l -> l.startsWith("level=")).toList()).containsExactly("level=UPPER_SECONDARY");
    }

    /** Pins format version 1: a failure here means issued transcripts would no longer verify. */
    @Test
    void theFormOfAKnownTranscriptHasAKnownHash() {
        assertThat(BASE.contentHash().hex())
                .isEqualTo("05007eba55678a0d31b5f5256e66820502a534d23289ea2c936ca0eb9381e362");
    }

    private static Transcript withYearAverage(Transcript t, int subject, String score) {
        SecondaryYear y = t.secondaryYears().getFirst();
        List<SubjectResult> subjects = new java.util.ArrayList<>(y.subjects());
        SubjectResult s = subjects.get(subject);
        subjects.set(subject, new SubjectResult(s.code(), s.name(), s.mode(), s.termOne(), s.termTwo(),
                vn.truongso.core.grading.AssessmentValue.Score.of(score), s.afterReAssessment(), s.teacherName()));
        return new Transcript(t.document(), t.level(), t.school(), t.student(), t.courseOfStudy(),
                List.of(new SecondaryYear(y.schoolYear(), y.className(), y.grade(), subjects, y.conduct(), y.learning(),
                        y.sessionsAbsent(), y.decision(), y.summer(), y.title(), y.certificates(), y.homeroomRemarks(),
                        y.approval())), t.primaryYears());
    }
}
