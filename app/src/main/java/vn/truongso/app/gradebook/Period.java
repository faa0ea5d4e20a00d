package vn.truongso.app.gradebook;

/** What the gradebook shows: one term (HK I, HK II) or the whole year. */
public enum Period {
    TERM_ONE(1),
    TERM_TWO(2),
    YEAR(0);

    private final int termNumber;

    Period(int termNumber) {
        this.termNumber = termNumber;
    }

    public int termNumber() {
        return termNumber;
    }

    public boolean isTerm() {
        return this != YEAR;
    }

    public static Period ofTerm(int number) {
        return number == 1 ? TERM_ONE : TERM_TWO;
    }
}
