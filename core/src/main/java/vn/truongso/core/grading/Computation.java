package vn.truongso.core.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A result the rules can give only once every input they need is entered. A missing score never counts as
 * zero: the gradebook shows "not yet" and what is missing, instead of a wrong average.
 */
public sealed interface Computation<T> permits Computation.Computed, Computation.NotYetComputable {

    record Computed<T>(T value) implements Computation<T> {
        public Computed {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * What is missing, as labels the gradebook already shows: column labels such as "TX3", "GK", "CK", and for
     * results built from several subjects, the subject's key in front ("TOAN/CK").
     */
    record NotYetComputable<T>(List<String> missing) implements Computation<T> {
        public NotYetComputable {
            missing = List.copyOf(missing);
            if (missing.isEmpty()) {
                throw new IllegalArgumentException("say what is missing");
            }
        }

        /** The same missing items, said of a part of something larger (e.g. one subject of a student). */
        public <U> NotYetComputable<U> within(String prefix) {
            return new NotYetComputable<>(missing.stream().map(m -> prefix + "/" + m).toList());
        }
    }

    static <T> Computation<T> computed(T value) {
        return new Computed<>(value);
    }

    static <T> Computation<T> missing(List<String> missing) {
        return new NotYetComputable<>(missing);
    }

    static <T> Computation<T> missing(String... missing) {
        return new NotYetComputable<>(List.of(missing));
    }

    default boolean isComputed() {
        return this instanceof Computed<T>;
    }

    default <U> Computation<U> map(Function<? super T, ? extends U> f) {
        return switch (this) {
            case Computed<T> c -> new Computed<>(f.apply(c.value()));
            case NotYetComputable<T> n -> new NotYetComputable<>(n.missing());
        };
    }

    default <U> Computation<U> flatMap(Function<? super T, Computation<U>> f) {
        return switch (this) {
            case Computed<T> c -> f.apply(c.value());
            case NotYetComputable<T> n -> new NotYetComputable<>(n.missing());
        };
    }

    /** All values when every part is computed; otherwise everything that is missing, across all parts. */
    static <T> Computation<List<T>> all(List<? extends Computation<? extends T>> parts) {
        List<T> values = new ArrayList<>(parts.size());
        List<String> missing = new ArrayList<>();
        for (Computation<? extends T> part : parts) {
            switch (part) {
                case Computed<? extends T> c -> values.add(c.value());
                case NotYetComputable<? extends T> n -> missing.addAll(n.missing());
            }
        }
        return missing.isEmpty() ? new Computed<>(List.copyOf(values)) : new NotYetComputable<>(missing);
    }
}
