package vn.truongso.core.students;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.truongso.core.students.StudentCode.Problem.BIRTH_YEAR_MISMATCH;
import static vn.truongso.core.students.StudentCode.Problem.GENDER_MISMATCH;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Kept apart from the JUnit tests: one class per engine, so Surefire reports both. */
class StudentCodePropertiesTest {

    @Provide
    Arbitrary<String> province() {
        return Arbitraries.of(Provinces.codes());
    }

    @Provide
    Arbitrary<LocalDate> birthDate() {
        return Arbitraries.integers().between(1900, 2399).flatMap(y ->
                Arbitraries.integers().between(1, 365).map(d -> LocalDate.ofYearDay(y, d)));
    }

    @Property
    void composedCodesAreValidAndOnlyForTheirOwnFacts(@ForAll("province") String province, @ForAll Gender gender,
                                                      @ForAll("birthDate") LocalDate dob,
                                                      @ForAll @IntRange(min = 0, max = 999_999) int serial) {
        String code = StudentCode.compose(province, gender, dob, serial);
        assertThat(StudentCode.check(code, dob, gender)).isEmpty();
        Gender other = gender == Gender.MALE ? Gender.FEMALE : Gender.MALE;
        assertThat(StudentCode.check(code, dob, other)).containsExactly(GENDER_MISMATCH);
        assertThat(StudentCode.check(code, dob.plusYears(100), gender)).containsExactly(BIRTH_YEAR_MISMATCH);
        assertThat(StudentCode.check(code, dob.plusYears(1), gender)).containsExactly(BIRTH_YEAR_MISMATCH);
    }
}
