package vn.truongso.core.transcripts;

import java.time.LocalDate;
import java.util.Objects;

import vn.truongso.core.school.Student;
import vn.truongso.core.students.Gender;

/**
 * The first page of a transcript: who the student is. Only name, gender and date of birth are required; the rest
 * is printed blank when the records do not hold it yet. Ethnicity is sensitive personal data (Decree 356/2025).
 *
 * @param personalId         mã định danh cá nhân
 * @param registrationNumber số đăng bộ in the school's register
 */
public record StudentIdentity(String fullName, Gender gender, LocalDate dateOfBirth, String ethnicity,
                              String nationality, String placeOfBirth, String homeTown, String address,
                              Parent father, Parent mother, Parent guardian, String personalId,
                              String registrationNumber, Photo photo) {
    public StudentIdentity {
        fullName = Texts.required(fullName, "fullName");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        ethnicity = Texts.optional(ethnicity);
        nationality = Texts.optional(nationality);
        placeOfBirth = Texts.optional(placeOfBirth);
        homeTown = Texts.optional(homeTown);
        address = Texts.optional(address);
        personalId = Texts.optional(personalId);
        registrationNumber = Texts.optional(registrationNumber);
    }

    /** What the student record itself holds; the other fields are empty until set with the {@code with…} methods. */
    public static StudentIdentity of(Student student) {
        return new StudentIdentity(student.fullName(), student.gender(), student.dateOfBirth(), student.ethnicity(),
                student.nationality(), null, null, null, null, null, null, student.personalId(), null, null);
    }

    public StudentIdentity withPlaces(String placeOfBirth, String homeTown, String address) {
        return new StudentIdentity(fullName, gender, dateOfBirth, ethnicity, nationality, placeOfBirth, homeTown,
                address, father, mother, guardian, personalId, registrationNumber, photo);
    }

    public StudentIdentity withFamily(Parent father, Parent mother, Parent guardian) {
        return new StudentIdentity(fullName, gender, dateOfBirth, ethnicity, nationality, placeOfBirth, homeTown,
                address, father, mother, guardian, personalId, registrationNumber, photo);
    }

    public StudentIdentity withRegistrationNumber(String registrationNumber) {
        return new StudentIdentity(fullName, gender, dateOfBirth, ethnicity, nationality, placeOfBirth, homeTown,
                address, father, mother, guardian, personalId, registrationNumber, photo);
    }

    public StudentIdentity withPhoto(Photo photo) {
        return new StudentIdentity(fullName, gender, dateOfBirth, ethnicity, nationality, placeOfBirth, homeTown,
                address, father, mother, guardian, personalId, registrationNumber, photo);
    }
}
