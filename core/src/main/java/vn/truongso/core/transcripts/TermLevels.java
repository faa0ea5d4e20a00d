package vn.truongso.core.transcripts;

import vn.truongso.core.grading.Level;

/** A rating for term I, term II and the year (conduct or learning result); {@code null} where not yet rated. */
public record TermLevels(Level termOne, Level termTwo, Level year) {
    public static final TermLevels NONE = new TermLevels(null, null, null);

    public boolean isEmpty() {
        return termOne == null && termTwo == null && year == null;
    }
}
