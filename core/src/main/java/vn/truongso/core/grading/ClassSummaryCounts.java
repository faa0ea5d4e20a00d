package vn.truongso.core.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import vn.truongso.core.grading.Promotion.Decision;
import vn.truongso.core.grading.Titles.Title;

/**
 * The counts at the foot of a class summary (bảng tổng hợp) for a term or the year: how many students at each
 * learning-result level, each conduct level, with each title, and with each year-end decision. Counts only: the
 * per-student results are computed by {@link LearningResults}, {@link Conduct}, {@link Titles} and
 * {@link Promotion} and handed in, so the summary can never disagree with the rows above it.
 *
 * @param students  the class size, the denominator of {@link #percent(int)}
 * @param learning  learning results (học lực / kết quả học tập)
 * @param conduct   conduct (rèn luyện)
 * @param titles    Xuất sắc / Giỏi; students known to have none are in {@link #noTitle}
 * @param noTitle   students whose learning and conduct are known and who earned no title
 * @param decisions the year-end decisions; at a term summary every student is not yet known here
 */
public record ClassSummaryCounts(int students, Tally<Level> learning, Tally<Level> conduct, Tally<Title> titles,
                                 int noTitle, Tally<Decision> decisions) {

    /**
     * One student's results as far as they are known; null means "not yet known" (a grade still missing, or a
     * term summary, which has no title or decision).
     *
     * @param title null when the student has no title or it is not yet known; which of the two follows from
     *              whether learning and conduct are both known, since the title depends on nothing else
     *              that can be missing (Art. 15)
     */
    public record Outcome(Level learning, Level conduct, Title title, Decision decision) {}

    /**
     * How many students fall in each category. Every category is present, in declaration order, even at zero,
     * so a summary table always has the same columns.
     */
    public record Tally<E extends Enum<E>>(Map<E, Integer> counts, int notYetKnown) {
        public Tally {
            // EnumMap keeps declaration order; it cannot be built from an empty plain map (no key type), hence Map.of.
            counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
            counts.values().forEach(n -> {
                if (n == null || n < 0) {
                    throw new IllegalArgumentException("counts must not be negative: " + n);
                }
            });
            if (notYetKnown < 0) {
                throw new IllegalArgumentException("notYetKnown must not be negative: " + notYetKnown);
            }
        }

        public int count(E category) {
            return counts.getOrDefault(Objects.requireNonNull(category, "category"), 0);
        }

        /** Students placed in a category (those not yet known excluded). */
        public int known() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        static <E extends Enum<E>> Tally<E> of(Class<E> type, Collection<Outcome> outcomes, Function<Outcome, E> field) {
            EnumMap<E, Integer> counts = new EnumMap<>(type);
            for (E category : type.getEnumConstants()) {
                counts.put(category, 0);
            }
            int unknown = 0;
            for (Outcome outcome : outcomes) {
                E value = field.apply(outcome);
                if (value == null) {
                    unknown++;
                } else {
                    counts.merge(value, 1, Integer::sum);
                }
            }
            return new Tally<>(counts, unknown);
        }
    }

    public ClassSummaryCounts {
        Objects.requireNonNull(learning, "learning");
        Objects.requireNonNull(conduct, "conduct");
        Objects.requireNonNull(titles, "titles");
        Objects.requireNonNull(decisions, "decisions");
        if (students < 0 || noTitle < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** The counts for these students (one outcome per student in the class). */
    public static ClassSummaryCounts of(Collection<Outcome> outcomes) {
        Objects.requireNonNull(outcomes, "outcomes");
        outcomes.forEach(o -> Objects.requireNonNull(o, "outcome"));
        Tally<Level> learning = Tally.of(Level.class, outcomes, Outcome::learning);
        Tally<Level> conduct = Tally.of(Level.class, outcomes, Outcome::conduct);
        Tally<Decision> decisions = Tally.of(Decision.class, outcomes, Outcome::decision);
        // A title is only "none" once both inputs are known; before that the student may still earn one.
        int noTitle = (int) outcomes.stream()
                .filter(o -> o.title() == null && o.learning() != null && o.conduct() != null).count();
        Tally<Title> titledOrUnknown = Tally.of(Title.class, outcomes, Outcome::title);
        Tally<Title> titles = new Tally<>(titledOrUnknown.counts(), titledOrUnknown.notYetKnown() - noTitle);
        return new ClassSummaryCounts(outcomes.size(), learning, conduct, titles, noTitle, decisions);
    }

    /**
     * {@code count} as a percentage of the class, two decimals, half up — the form the summary sheets print
     * (e.g. 45.45). Zero for an empty class rather than a division error.
     */
    public BigDecimal percent(int count) {
        if (count < 0 || count > students) {
            throw new IllegalArgumentException("count out of range 0–" + students + ": " + count);
        }
        if (students == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(students), 2, RoundingMode.HALF_UP);
    }
}
