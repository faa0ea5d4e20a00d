package vn.truongso.core.grading;

/** Circular 22, Art. 5: a subject is assessed by comment plus a 0–10 score, or by comment only (Đ / CĐ). */
public enum AssessmentMode {
    SCORE,
    COMMENT
}
