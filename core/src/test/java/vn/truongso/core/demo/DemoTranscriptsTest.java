package vn.truongso.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import vn.truongso.core.grading.AssessmentMode;
import vn.truongso.core.grading.AssessmentValue.Score;
import vn.truongso.core.grading.SubjectAverages;
import vn.truongso.core.school.SchoolLevel;
import vn.truongso.core.transcripts.SecondaryYear;
import vn.truongso.core.transcripts.SubjectResult;
import vn.truongso.core.transcripts.Transcript;

class DemoTranscriptsTest {

    @Test
    void theSameStudentGivesTheSameTranscript() {
        Transcript a = DemoTranscripts.transcript("10A1", 12, 1);
        Transcript b = DemoTranscripts.transcript("10A1", 12, 1);

        assertThat(b).isEqualTo(a);
        assertThat(b.contentHash()).isEqualTo(a.contentHash());
        assertThat(DemoTranscripts.transcript("10A1", 13, 1).contentHash()).isNotEqualTo(a.contentHash());
    }

    @Test
    void aDemoStudentHasHerRecordAndAFullYearOfComputedResults() {
        Transcript t = DemoTranscripts.transcript("10A1", 1, 1);

        assertThat(DemoTranscripts.classSize("10A1")).isEqualTo(45);
        assertThat(t.level()).isEqualTo(SchoolLevel.UPPER_SECONDARY);
        assertThat(t.student().personalId()).hasSize(12);
        assertThat(t.student().placeOfBirth()).isNotBlank();
        SecondaryYear y = t.secondaryYears().getFirst();
        assertThat(y.className()).isEqualTo("10A1");
        assertThat(y.subjects()).hasSize(12);
        for (SubjectResult s : y.subjects()) {
            assertThat(s.year()).as(s.code()).isNotNull();
            if (s.mode() == AssessmentMode.SCORE) {
                BigDecimal expected = SubjectAverages.yearAverage(((Score) s.termOne()).value(),
                        ((Score) s.termTwo()).value());
                assertThat(((Score) s.year()).value()).as(s.code()).isEqualTo(expected);
            }
        }
        assertThat(y.learning().year()).isNotNull();
        assertThat(y.conduct().year()).isNotNull();
        assertThat(y.decision()).isNotNull();
        assertThat(y.approval().homeroomTeacher()).isEqualTo("Trần Thị Thanh Bình");
    }

    @Test
    void olderStudentsHaveTheirEarlierYearsInOrder() {
        Transcript t = DemoTranscripts.transcript("9A1", 3, 4);

        assertThat(t.level()).isEqualTo(SchoolLevel.LOWER_SECONDARY);
        assertThat(t.secondaryYears()).extracting(SecondaryYear::className)
                .containsExactly("6A1", "7A1", "8A1", "9A1");
        assertThat(t.courseOfStudy()).extracting(c -> c.schoolYear())
                .containsExactly("2023-2024", "2024-2025", "2025-2026", "2026-2027");
        assertThatThrownBy(() -> DemoTranscripts.transcript("9A1", 3, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DemoTranscripts.transcript("9A1", 99, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
