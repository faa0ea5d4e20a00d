package vn.truongso.core.students;

/** As recorded on the personal identification number and the transcript. */
public enum Gender {
    MALE,
    FEMALE
}
