package vn.truongso.core.students;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.truongso.core.students.StudentCode.Problem.BIRTH_YEAR_MISMATCH;
import static vn.truongso.core.students.StudentCode.Problem.GENDER_MISMATCH;
import static vn.truongso.core.students.StudentCode.Problem.NOT_12_DIGITS;
import static vn.truongso.core.students.StudentCode.Problem.UNKNOWN_PROVINCE;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class StudentCodeTest {
    static final LocalDate BORN_2012 = LocalDate.of(2012, 3, 14);

    @Test
    void validCodes() {
        assertThat(StudentCode.check("001212012345", BORN_2012, Gender.MALE)).isEmpty();
        assertThat(StudentCode.check("079312000001", BORN_2012, Gender.FEMALE)).isEmpty();
        assertThat(StudentCode.check("096090000000", LocalDate.of(1990, 1, 1), Gender.MALE)).isEmpty();
        assertThat(StudentCode.check("048199123456", LocalDate.of(1999, 12, 31), Gender.FEMALE)).isEmpty();
        assertThat(StudentCode.check("001400000001", LocalDate.of(2100, 1, 1), Gender.MALE)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "00121201234", "0012120123456", "00121201234a", " 001212012345", "001 212012345",
            "٠٠١٢١٢٠١٢٣٤٥"})
    void notTwelveAsciiDigits(String code) {
        assertThat(StudentCode.check(code, BORN_2012, Gender.MALE)).containsExactly(NOT_12_DIGITS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000212012345", "003212012345", "097212012345", "999212012345"})
    void unknownProvince(String code) {
        assertThat(StudentCode.check(code, BORN_2012, Gender.MALE)).containsExactly(UNKNOWN_PROVINCE);
    }

    @Test
    void genderMismatch() {
        assertThat(StudentCode.check("001212012345", BORN_2012, Gender.FEMALE)).containsExactly(GENDER_MISMATCH);
        assertThat(StudentCode.check("001312012345", BORN_2012, Gender.MALE)).containsExactly(GENDER_MISMATCH);
    }

    @Test
    void birthYearMismatch() {
        // Wrong last two digits.
        assertThat(StudentCode.check("001211012345", BORN_2012, Gender.MALE)).containsExactly(BIRTH_YEAR_MISMATCH);
        // Right last two digits, wrong century (0 = 1900s).
        assertThat(StudentCode.check("001012012345", BORN_2012, Gender.MALE)).containsExactly(BIRTH_YEAR_MISMATCH);
        // Born before the first encodable century.
        assertThat(StudentCode.check("001099012345", LocalDate.of(1899, 6, 1), Gender.MALE)).containsExactly(BIRTH_YEAR_MISMATCH);
    }

    @Test
    void allProblemsAtOnce() {
        assertThat(StudentCode.check("000112012345", BORN_2012, Gender.MALE))
                .containsExactly(UNKNOWN_PROVINCE, GENDER_MISMATCH, BIRTH_YEAR_MISMATCH);
    }

    @Test
    void checkWithoutPersonalFacts() {
        assertThat(StudentCode.check("001212012345")).isEmpty();
        assertThat(StudentCode.check("000212012345")).containsExactly(UNKNOWN_PROVINCE);
        assertThat(StudentCode.check("12")).containsExactly(NOT_12_DIGITS);
    }

    @Test
    void composeKnownCases() {
        assertThat(StudentCode.compose("001", Gender.MALE, BORN_2012, 12345)).isEqualTo("001212012345");
        assertThat(StudentCode.compose("079", Gender.FEMALE, LocalDate.of(1999, 1, 1), 7)).isEqualTo("079199000007");
        assertThat(StudentCode.compose("096", Gender.FEMALE, LocalDate.of(2205, 1, 1), 999_999)).isEqualTo("096705999999");
    }

    @Test
    void composeRefusesWhatCannotBeEncoded() {
        assertThatThrownBy(() -> StudentCode.compose("003", Gender.MALE, BORN_2012, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentCode.compose("001", Gender.MALE, BORN_2012, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentCode.compose("001", Gender.MALE, BORN_2012, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentCode.compose("001", Gender.MALE, LocalDate.of(1899, 1, 1), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void provinceListHoldsTheSixtyThreeCodes() {
        assertThat(Provinces.codes()).hasSize(63).startsWith("001").endsWith("096");
        assertThat(Provinces.name("079")).contains("Hồ Chí Minh");
        assertThat(Provinces.name("003")).isEmpty();
    }
}
