package vn.truongso.core.school;

/** Primary (Circular 27 rules), lower and upper secondary (Circular 22 rules). */
public enum SchoolLevel {
    PRIMARY,
    LOWER_SECONDARY,
    UPPER_SECONDARY
}
