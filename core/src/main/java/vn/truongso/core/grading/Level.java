package vn.truongso.core.grading;

/**
 * The four-step scale Circular 22 uses for both learning results (Art. 9) and conduct (Art. 8): Tốt, Khá, Đạt,
 * Chưa đạt. Declared best first, so comparisons read naturally through {@link #isAtLeast(Level)}.
 * English names only: the app localises.
 */
public enum Level {
    /** Tốt. */
    GOOD,
    /** Khá. */
    FAIR,
    /** Đạt. */
    PASS,
    /** Chưa đạt. */
    FAIL;

    public boolean isAtLeast(Level other) {
        return ordinal() <= other.ordinal();
    }

    /** How many steps this level lies below {@code higher}; zero or negative when it is not below. */
    public int stepsBelow(Level higher) {
        return ordinal() - higher.ordinal();
    }

    /** The adjacent better level; GOOD stays GOOD. */
    public Level oneHigher() {
        return this == GOOD ? GOOD : values()[ordinal() - 1];
    }

    /** The adjacent worse level; FAIL stays FAIL. */
    public Level oneLower() {
        return this == FAIL ? FAIL : values()[ordinal() + 1];
    }
}
