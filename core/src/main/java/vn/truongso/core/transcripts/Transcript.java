package vn.truongso.core.transcripts;

import java.util.List;
import java.util.Objects;

import vn.truongso.core.school.SchoolLevel;

/**
 * A học bạ as one immutable value: what the paper form holds (docs: shared/domain/hoc-ba.md) plus the digital
 * layer. A primary transcript holds primary years only, a secondary one (lower or upper secondary, which have
 * separate books) secondary years only. {@link #contentHash()} identifies exactly this content.
 */
public record Transcript(DocumentInfo document, SchoolLevel level, SchoolInfo school, StudentIdentity student,
                         List<CourseOfStudyEntry> courseOfStudy, List<SecondaryYear> secondaryYears,
                         List<PrimaryYear> primaryYears) {
    public Transcript {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(student, "student");
        courseOfStudy = List.copyOf(courseOfStudy);
        secondaryYears = List.copyOf(secondaryYears);
        primaryYears = List.copyOf(primaryYears);
        if (level == SchoolLevel.PRIMARY ? !secondaryYears.isEmpty() : !primaryYears.isEmpty()) {
            throw new IllegalArgumentException("a " + level + " transcript cannot hold years of another level");
        }
        for (SecondaryYear year : secondaryYears) {
            boolean lower = year.grade() <= 9;
            if (lower != (level == SchoolLevel.LOWER_SECONDARY)) {
                throw new IllegalArgumentException("grade " + year.grade() + " does not belong in a " + level
                        + " transcript");
            }
        }
    }

    /** SHA-256 over {@link CanonicalForm#of(Transcript)}. */
    public ContentHash contentHash() {
        return ContentHash.of(this);
    }

    /** The same content under another document id, issue time or predecessor (a re-issue or a correction). */
    public Transcript withDocument(DocumentInfo document) {
        return new Transcript(document, level, school, student, courseOfStudy, secondaryYears, primaryYears);
    }
}
