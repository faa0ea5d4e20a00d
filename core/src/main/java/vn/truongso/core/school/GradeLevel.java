package vn.truongso.core.school;

/** Grade (khối lớp) 1–12. */
public record GradeLevel(int value) {
    public GradeLevel {
        if (value < 1 || value > 12) {
            throw new IllegalArgumentException("grade must be 1–12: " + value);
        }
    }

    public static GradeLevel of(int value) {
        return new GradeLevel(value);
    }

    /** Decides which circular's rules apply: 27/2020 for primary, 22/2021 for secondary. */
    public SchoolLevel schoolLevel() {
        if (value <= 5) {
            return SchoolLevel.PRIMARY;
        }
        return value <= 9 ? SchoolLevel.LOWER_SECONDARY : SchoolLevel.UPPER_SECONDARY;
    }
}
