package vn.truongso.core.students;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.truongso.core.students.DuplicateCheck.Reason.SAME_NAME_AND_DATE_OF_BIRTH;
import static vn.truongso.core.students.DuplicateCheck.Reason.SAME_PERSONAL_ID;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.truongso.core.students.DuplicateCheck.Match;
import vn.truongso.core.students.DuplicateCheck.Person;

class DuplicateCheckTest {
    static final LocalDate DOB = LocalDate.of(2012, 3, 14);
    static final Person AN = new Person("s1", "001212012345", "Nguyễn Văn An", DOB);
    static final Person BINH = new Person("s2", "001312000002", "Trần Thị Bình", LocalDate.of(2012, 7, 1));
    static final Person NO_ID = new Person("s3", "", "Đặng Hữu Phước", LocalDate.of(2011, 9, 5));
    static final List<Person> SCHOOL = List.of(AN, BINH, NO_ID);

    @Test
    void samePersonalIdAfterTrimming() {
        List<Match> found = DuplicateCheck.find(SCHOOL, new Person(null, " 001212012345\t", "Nguyễn Văn Ân", DOB.plusDays(1)));
        assertThat(found).containsExactly(new Match(AN, Set.of(SAME_PERSONAL_ID)));
    }

    @Test
    void sameFoldedNameAndDateOfBirth() {
        String typed = Normalizer.normalize("  nguyễn  VĂN an ", Normalizer.Form.NFD);
        List<Match> found = DuplicateCheck.find(SCHOOL, new Person(null, null, typed, DOB));
        assertThat(found).containsExactly(new Match(AN, Set.of(SAME_NAME_AND_DATE_OF_BIRTH)));
        // Folding also drops diacritics, so "Dang Huu Phuoc" typed without marks is flagged too.
        assertThat(DuplicateCheck.find(SCHOOL, new Person(null, null, "Dang Huu Phuoc", LocalDate.of(2011, 9, 5))))
                .extracting(Match::existing).containsExactly(NO_ID);
    }

    @Test
    void bothReasonsAtOnce() {
        List<Match> found = DuplicateCheck.find(SCHOOL, new Person(null, "001212012345", "Nguyễn Văn An", DOB));
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.existing()).isEqualTo(AN);
            assertThat(m.reasons()).containsExactlyInAnyOrder(SAME_PERSONAL_ID, SAME_NAME_AND_DATE_OF_BIRTH);
        });
    }

    @Test
    void severalExistingStudentsInTheGivenOrder() {
        Person twinA = new Person("t1", null, "Lê Minh Khang", DOB);
        Person twinB = new Person("t2", null, "Lê Minh Khang", DOB);
        Person other = new Person("t3", "001212012345", "Phạm Văn Đức", LocalDate.of(2010, 1, 1));
        List<Match> found = DuplicateCheck.find(List.of(twinA, AN, other, twinB),
                new Person(null, "001212012345", "le minh khang", DOB));
        assertThat(found).extracting(Match::existing).containsExactly(twinA, AN, other, twinB);
        assertThat(found.get(1).reasons()).containsExactly(SAME_PERSONAL_ID);
    }

    @Test
    void nearMissesAreNotDuplicates() {
        // Same name, other birth date; same birth date, other name; other personal id.
        assertThat(DuplicateCheck.find(SCHOOL, new Person(null, null, "Nguyễn Văn An", DOB.plusDays(1)))).isEmpty();
        assertThat(DuplicateCheck.find(SCHOOL, new Person(null, null, "Nguyễn Văn Anh", DOB))).isEmpty();
        assertThat(DuplicateCheck.find(SCHOOL, new Person(null, "001212012346", "Phạm Văn Đức", DOB))).isEmpty();
    }

    @Test
    void unknownFactsNeverMatch() {
        // Two blank ids are not the same id; unknown birth dates are not the same date.
        assertThat(DuplicateCheck.find(SCHOOL, new Person(null, "  ", "Phạm Văn Đức", null))).isEmpty();
        Person undated = new Person("u1", null, "Võ Thị Lan", null);
        assertThat(DuplicateCheck.find(List.of(undated), new Person(null, null, "Võ Thị Lan", null))).isEmpty();
        assertThat(DuplicateCheck.find(List.of(new Person("u2", null, " ", DOB)), new Person(null, null, "", DOB))).isEmpty();
    }

    @Test
    void editingAStudentDoesNotFlagItself() {
        assertThat(DuplicateCheck.find(SCHOOL, AN)).isEmpty();
        Person edited = new Person("s1", "001212012345", "Nguyễn Văn An", DOB);
        Person copy = new Person("s9", "001212012345", "Nguyen Van An", DOB);
        assertThat(DuplicateCheck.find(List.of(AN, copy), edited)).extracting(Match::existing).containsExactly(copy);
    }

    @Test
    void aMatchNeedsAReason() {
        assertThatThrownBy(() -> new Match(AN, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
