package vn.truongso.core.transcripts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import vn.truongso.core.grading.AssessmentValue;

/**
 * A subject's gradebook cells for one term: regular assessments in column order (a {@code null} element is an
 * empty column), the mid-term and the end-of-term assessment ({@code null} when not entered).
 */
public record TermGrades(List<AssessmentValue> regular, AssessmentValue midterm, AssessmentValue endOfTerm) {
    public static final TermGrades NONE = new TermGrades(List.of(), null, null);

    public TermGrades {
        // List.copyOf refuses nulls, and an empty column is a null here.
        regular = regular == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(regular));
    }
}
