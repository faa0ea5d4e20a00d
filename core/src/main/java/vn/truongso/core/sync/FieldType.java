package vn.truongso.core.sync;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What a synced field may hold, checked on both sides; values travel as strings (docs/sync-protocol.md §1). */
public sealed interface FieldType {
    /** Why {@code value} does not fit, or empty when it fits; null fits only an optional field (checked elsewhere). */
    Optional<String> problem(String value);

    /** A reference to a row of {@code entity}; it must belong to the same school. */
    record Ref(String entity) implements FieldType {
        @Override
        public Optional<String> problem(String value) {
            return parses(() -> UUID.fromString(value), "not an id");
        }
    }

    record Text(int maxLength) implements FieldType {
        @Override
        public Optional<String> problem(String value) {
            return value.length() > maxLength ? Optional.of("longer than " + maxLength + " characters") : Optional.empty();
        }
    }

    record Int(long min, long max) implements FieldType {
        @Override
        public Optional<String> problem(String value) {
            try {
                long number = Long.parseLong(value);
                return number < min || number > max ? Optional.of("not between " + min + " and " + max) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.of("not a whole number");
            }
        }
    }

    /** A score on the 10-point scale with at most one decimal (Circular 22). */
    record Score() implements FieldType {
        private static final BigDecimal TEN = BigDecimal.TEN;

        @Override
        public Optional<String> problem(String value) {
            try {
                BigDecimal score = new BigDecimal(value);
                boolean fits = score.signum() >= 0 && score.compareTo(TEN) <= 0 && score.stripTrailingZeros().scale() <= 1;
                return fits ? Optional.empty() : Optional.of("not a score from 0 to 10 with one decimal");
            } catch (NumberFormatException e) {
                return Optional.of("not a number");
            }
        }
    }

    record Bool() implements FieldType {
        @Override
        public Optional<String> problem(String value) {
            return value.equals("true") || value.equals("false") ? Optional.empty() : Optional.of("not true or false");
        }
    }

    record Date() implements FieldType {
        @Override
        public Optional<String> problem(String value) {
            return parses(() -> LocalDate.parse(value), "not a date (YYYY-MM-DD)");
        }
    }

    record Timestamp() implements FieldType {
        @Override
        public Optional<String> problem(String value) {
            return parses(() -> OffsetDateTime.parse(value), "not a timestamp with offset");
        }
    }

    record OneOf(Set<String> allowed) implements FieldType {
        @Override
        public Optional<String> problem(String value) {
            return allowed.contains(value) ? Optional.empty() : Optional.of("not one of " + new java.util.TreeSet<>(allowed));
        }
    }

    private static Optional<String> parses(Runnable parse, String problem) {
        try {
            parse.run();
            return Optional.empty();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.of(problem);
        }
    }
}
