package vn.truongso.core.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.truongso.core.grading.AssessmentMode;
import vn.truongso.core.students.Gender;
import vn.truongso.core.students.StudentCode;

class SchoolRecordsTest {
    static final UUID ID = UUID.randomUUID();
    static final UUID OTHER = UUID.randomUUID();
    static final LocalDate DOB = LocalDate.of(2013, 5, 20);

    static Student student(String personalId, String fullName) {
        return new Student(ID, personalId, fullName, DOB, Gender.FEMALE, "Kinh", "Việt Nam");
    }

    @Test
    void studentNameIsNfcWithSingleSpaces() {
        String decomposed = "Nguye\u0302\u0303n  Thi\u0323\u00A0Lan ";
        Student s = student(null, decomposed);
        assertThat(s.fullName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(s.fullName()).isEqualTo(student(null, "Nguyễn Thị Lan").fullName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00A0"})
    void studentNameMustNotBeBlank(String name) {
        assertThatThrownBy(() -> student(null, name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void studentPersonalIdIsChecked() {
        String valid = StudentCode.compose("001", Gender.FEMALE, DOB, 42);
        assertThat(student(valid, "Lan").personalId()).isEqualTo(valid);
        String male = StudentCode.compose("001", Gender.MALE, DOB, 42);
        assertThatThrownBy(() -> student(male, "Lan")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GENDER_MISMATCH");
        assertThatThrownBy(() -> student("12345", "Lan")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NOT_12_DIGITS");
    }

    @Test
    void studentEthnicityIsOptionalButNotBlank() {
        assertThat(new Student(ID, null, "Lan", DOB, Gender.FEMALE, null, "Việt Nam").ethnicity()).isNull();
        assertThatThrownBy(() -> new Student(ID, null, "Lan", DOB, Gender.FEMALE, " ", "Việt Nam"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Student(ID, null, "Lan", DOB, Gender.FEMALE, "Kinh", null))
                .isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @CsvSource({"1,PRIMARY", "5,PRIMARY", "6,LOWER_SECONDARY", "9,LOWER_SECONDARY", "10,UPPER_SECONDARY", "12,UPPER_SECONDARY"})
    void gradeLevels(int grade, SchoolLevel level) {
        assertThat(GradeLevel.of(grade).schoolLevel()).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 13, -1})
    void gradeOutOfRange(int grade) {
        assertThatThrownBy(() -> GradeLevel.of(grade)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void schoolYear() {
        SchoolYear y = new SchoolYear(ID, SchoolYear.nameFor(2026), LocalDate.of(2026, 9, 5), LocalDate.of(2027, 5, 31));
        assertThat(y.name()).isEqualTo("2026-2027");
        assertThat(y.contains(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(y.contains(LocalDate.of(2027, 6, 1))).isFalse();
        assertThatThrownBy(() -> new SchoolYear(ID, "2026-2028", LocalDate.of(2026, 9, 5), LocalDate.of(2027, 5, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SchoolYear(ID, "2026/2027", LocalDate.of(2026, 9, 5), LocalDate.of(2027, 5, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SchoolYear(ID, "2025-2026", LocalDate.of(2026, 9, 5), LocalDate.of(2027, 5, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SchoolYear(ID, "2026-2027", LocalDate.of(2027, 5, 31), LocalDate.of(2026, 9, 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void term() {
        Term t = new Term(ID, OTHER, 2, false);
        assertThat(t.lock().locked()).isTrue();
        assertThat(t.lock().unlock()).isEqualTo(t);
        assertThatThrownBy(() -> new Term(ID, OTHER, 3, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Term(ID, OTHER, 0, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subjectsAndClasses() {
        assertThat(new Subject(ID, "TOAN", "Toán", AssessmentMode.SCORE).mode()).isEqualTo(AssessmentMode.SCORE);
        assertThatThrownBy(() -> new Subject(ID, "toán", "Toán", AssessmentMode.SCORE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ClassSubject(ID, OTHER, OTHER, 105).periodsPerYear()).isEqualTo(105);
        assertThatThrownBy(() -> new ClassSubject(ID, OTHER, OTHER, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SchoolClass(ID, OTHER, OTHER, GradeLevel.of(6), " 6A1 ", null).name()).isEqualTo("6A1");
        assertThat(new School(ID, "79000701", "THCS  Lê Lợi").name()).isEqualTo("THCS Lê Lợi");
        assertThatThrownBy(() -> new School(ID, "79 0007", "X")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void staffAccount() {
        Set<Role> roles = EnumSet.of(Role.TEACHER, Role.HOMEROOM);
        StaffAccount a = new StaffAccount(ID, OTHER, "lan.nguyen", "Nguyễn Thị Lan", roles);
        roles.add(Role.ADMIN);
        assertThat(a.roles()).containsExactlyInAnyOrder(Role.TEACHER, Role.HOMEROOM);
        assertThat(a.has(Role.HOMEROOM)).isTrue();
        assertThatThrownBy(() -> a.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new StaffAccount(ID, OTHER, "Lan", "Lan", Set.of(Role.TEACHER)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StaffAccount(ID, OTHER, "lan", "Lan", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void enrolment() {
        UUID year = UUID.randomUUID();
        assertThat(Enrolment.idFor(ID, OTHER, year)).isEqualTo(Enrolment.idFor(ID, OTHER, year))
                .isNotEqualTo(Enrolment.idFor(OTHER, ID, year));
        Enrolment e = new Enrolment(Enrolment.idFor(ID, OTHER, year), ID, OTHER, year, LocalDate.of(2026, 9, 5), null);
        assertThat(e.isActiveOn(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(e.isActiveOn(LocalDate.of(2026, 9, 4))).isFalse();
        assertThatThrownBy(() -> new Enrolment(ID, ID, OTHER, year, LocalDate.of(2026, 9, 5), LocalDate.of(2026, 9, 4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new TeachingAssignment(ID, OTHER, OTHER).staffAccountId()).isEqualTo(OTHER);
    }
}
