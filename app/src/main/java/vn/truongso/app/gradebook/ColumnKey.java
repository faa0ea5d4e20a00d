package vn.truongso.app.gradebook;

import vn.truongso.core.grading.AssessmentKind;

/** A column of a term gradebook: TX1..TXn, GK, CK. */
public record ColumnKey(AssessmentKind kind, int seq) {

    public String label() {
        return kind == AssessmentKind.TX ? "TX" + seq : kind.name();
    }
}
