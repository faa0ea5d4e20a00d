package vn.truongso.core.school;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school year such as "2026-2027": it starts in the first calendar year and ends in the second. */
public record SchoolYear(UUID id, String name, LocalDate start, LocalDate end) {
    private static final Pattern NAME = Pattern.compile("(\\d{4})-(\\d{4})");

    public SchoolYear {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException("school year name must look like 2026-2027: " + name);
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (second != first + 1) {
            throw new IllegalArgumentException("school year must span two consecutive years: " + name);
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("start must be before end: " + start + " / " + end);
        }
        // Catches a year named for one period but dated for another, a common slip when copying last year's data.
        if (start.getYear() != first || end.getYear() != second) {
            throw new IllegalArgumentException("dates " + start + " – " + end + " do not match " + name);
        }
    }

    /** The name of the school year that starts in {@code startYear}. */
    public static String nameFor(int startYear) {
        return startYear + "-" + (startYear + 1);
    }

    public int startYear() {
        return start.getYear();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
