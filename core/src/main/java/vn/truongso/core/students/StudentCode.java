package vn.truongso.core.students;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The 12-digit personal identification number (mã định danh cá nhân, as on the CCCD) that identifies a student
 * across schools: 3 digits province of birth registration, 1 digit century and gender, 2 digits birth year,
 * 6 digits serial (Circular 07/2016/TT-BCA, Art. 7).
 */
public final class StudentCode {
    /** The first century the 4th digit encodes (0/1 = 1900–1999, 2/3 = 2000–2099, …, 8/9 = 2300–2399). */
    private static final int FIRST_CENTURY = 1900;
    private static final int LAST_YEAR = FIRST_CENTURY + 500 - 1;
    private static final int LENGTH = 12;
    private static final int MAX_SERIAL = 999_999;

    /** Why a number is refused; the app turns each into a sentence. */
    public enum Problem {
        NOT_12_DIGITS,
        UNKNOWN_PROVINCE,
        GENDER_MISMATCH,
        BIRTH_YEAR_MISMATCH
    }

    private StudentCode() {}

    /** Problems that the number shows on its own (length, digits, province); empty = plausible. */
    public static List<Problem> check(String code) {
        if (!isTwelveDigits(code)) {
            return List.of(Problem.NOT_12_DIGITS);
        }
        return Provinces.isKnown(code.substring(0, 3)) ? List.of() : List.of(Problem.UNKNOWN_PROVINCE);
    }

    /** Every problem with the number for this student, in a fixed order; empty = valid. */
    public static List<Problem> check(String code, LocalDate dateOfBirth, Gender gender) {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(gender, "gender");
        List<Problem> problems = new ArrayList<>(check(code));
        if (problems.contains(Problem.NOT_12_DIGITS)) {
            return problems;
        }
        int centuryAndGender = code.charAt(3) - '0';
        boolean female = centuryAndGender % 2 == 1;
        if (female != (gender == Gender.FEMALE)) {
            problems.add(Problem.GENDER_MISMATCH);
        }
        int year = dateOfBirth.getYear();
        int encodedCentury = FIRST_CENTURY + 100 * (centuryAndGender / 2);
        int encodedYear = encodedCentury + Integer.parseInt(code.substring(4, 6));
        if (encodedYear != year) {
            problems.add(Problem.BIRTH_YEAR_MISMATCH);
        }
        return List.copyOf(problems);
    }

    public static boolean isValid(String code, LocalDate dateOfBirth, Gender gender) {
        return check(code, dateOfBirth, gender).isEmpty();
    }

    /** A valid number for these facts; the demo-data generator and tests use it. */
    public static String compose(String provinceCode, Gender gender, LocalDate dateOfBirth, int serial) {
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        if (!Provinces.isKnown(provinceCode)) {
            throw new IllegalArgumentException("unknown province code: " + provinceCode);
        }
        int year = dateOfBirth.getYear();
        if (year < FIRST_CENTURY || year > LAST_YEAR) {
            throw new IllegalArgumentException("birth year cannot be encoded: " + year);
        }
        if (serial < 0 || serial > MAX_SERIAL) {
            throw new IllegalArgumentException("serial out of range 0–999999: " + serial);
        }
        int centuryAndGender = 2 * ((year - FIRST_CENTURY) / 100) + (gender == Gender.FEMALE ? 1 : 0);
        return String.format(java.util.Locale.ROOT, "%s%d%02d%06d", provinceCode, centuryAndGender, year % 100, serial);
    }

    private static boolean isTwelveDigits(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        // Only ASCII digits: Character.isDigit would accept Arabic-Indic or full-width digits.
        return code.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
