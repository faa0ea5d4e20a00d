package vn.truongso.core.grading;

import java.util.List;
import java.util.Objects;

/** Circular 22, Art. 8: the year conduct (rèn luyện) rating from the two term ratings. */
public final class Conduct {
    private Conduct() {}

    /** The Art. 8 table; term II weighs more, so a strong term II lifts a weak term I but not the reverse. */
    public static Level yearRating(Level termOne, Level termTwo) {
        Objects.requireNonNull(termOne, "termOne");
        Objects.requireNonNull(termTwo, "termTwo");
        return switch (termTwo) {
            case GOOD -> termOne.isAtLeast(Level.FAIR) ? Level.GOOD : Level.FAIR;
            case FAIR -> termOne.isAtLeast(Level.PASS) ? Level.FAIR : Level.PASS;
            case PASS -> termOne == Level.GOOD ? Level.FAIR : Level.PASS;
            case FAIL -> Level.FAIL;
        };
    }

    /** The year rating once both terms are rated. */
    public static Computation<Level> yearRating(Computation<Level> termOne, Computation<Level> termTwo) {
        return Computation.all(List.of(termOne, termTwo))
                .map(terms -> yearRating(terms.get(0), terms.get(1)));
    }
}
