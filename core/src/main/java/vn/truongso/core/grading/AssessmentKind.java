package vn.truongso.core.grading;

/** The kinds of assessment in a term: regular (ĐĐGtx, several), mid-term (ĐĐGgk) and end-of-term (ĐĐGck). */
public enum AssessmentKind {
    TX,
    GK,
    CK
}
