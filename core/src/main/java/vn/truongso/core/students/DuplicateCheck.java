package vn.truongso.core.students;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Warns before a student is saved twice — typically the same child entered on two PCs while offline, or again
 * after a transfer. It only reports likely duplicates; the user decides, because twins share a birth date and
 * two children in one school can share a common name like Nguyễn Văn An.
 */
public final class DuplicateCheck {

    /** Why an existing student looks like the candidate. */
    public enum Reason {
        /** The same mã định danh: that number identifies one person nationwide. */
        SAME_PERSONAL_ID,
        /** The same name (folded: diacritics, case and spacing ignored) and the same date of birth. */
        SAME_NAME_AND_DATE_OF_BIRTH
    }

    /**
     * A student as the check needs it.
     *
     * @param id          the record's id; null for a candidate not saved yet
     * @param personalId  mã định danh; null or blank when not known yet
     * @param fullName    as typed
     * @param dateOfBirth null when not known yet
     */
    public record Person(String id, String personalId, String fullName, LocalDate dateOfBirth) {
        public Person {
            Objects.requireNonNull(fullName, "fullName");
        }
    }

    /** One existing student that looks like the candidate, with every reason that holds (never empty). */
    public record Match(Person existing, Set<Reason> reasons) {
        public Match {
            Objects.requireNonNull(existing, "existing");
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a match needs a reason");
            }
            reasons = Set.copyOf(reasons);
        }
    }

    private DuplicateCheck() {}

    /**
     * The existing students that look like the candidate, in the order given. The candidate's own record (same
     * id) is skipped, so editing a student does not warn about itself. Blank personal ids, blank names and unknown
     * dates of birth never match: "not known" is not evidence of the same person.
     */
    public static List<Match> find(Collection<Person> existing, Person candidate) {
        Objects.requireNonNull(existing, "existing");
        Objects.requireNonNull(candidate, "candidate");
        String personalId = trimmed(candidate.personalId());
        String name = VietnameseText.fold(candidate.fullName());
        List<Match> matches = new ArrayList<>();
        for (Person other : existing) {
            if (candidate.id() != null && candidate.id().equals(other.id())) {
                continue;
            }
            Set<Reason> reasons = EnumSet.noneOf(Reason.class);
            if (!personalId.isEmpty() && personalId.equals(trimmed(other.personalId()))) {
                reasons.add(Reason.SAME_PERSONAL_ID);
            }
            if (!name.isEmpty() && candidate.dateOfBirth() != null
                    && candidate.dateOfBirth().equals(other.dateOfBirth())
                    && name.equals(VietnameseText.fold(other.fullName()))) {
                reasons.add(Reason.SAME_NAME_AND_DATE_OF_BIRTH);
            }
            if (!reasons.isEmpty()) {
                matches.add(new Match(other, reasons));
            }
        }
        return List.copyOf(matches);
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
