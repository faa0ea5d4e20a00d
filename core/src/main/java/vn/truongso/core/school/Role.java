package vn.truongso.core.school;

/** What a staff account may do. One person can hold several roles (a teacher is often also a homeroom teacher). */
public enum Role {
    ADMIN,
    PRINCIPAL,
    TEACHER,
    HOMEROOM,
    CLERK
}
