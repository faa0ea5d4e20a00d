package vn.truongso.core.grading;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns what a teacher typed (or pasted) into a cell value, or says precisely why it is refused.
 * Typed text is parsed straight to BigDecimal: never through double, whose rounding differs from the Circular's.
 */
public final class CellInput {

    /** Why a typed text is refused; the app turns each into a sentence in the user's language. */
    public enum Problem {
        NOT_A_NUMBER,
        OUT_OF_RANGE,
        TOO_MANY_DECIMALS,
        NOT_A_RATING
    }

    /** Either a value (empty = the cell is cleared) or a problem. */
    public sealed interface Parsed permits Accepted, Refused {}

    public record Accepted(Optional<AssessmentValue> value) implements Parsed {}

    public record Refused(Problem problem, String input) implements Parsed {}

    private CellInput() {}

    public static Parsed parse(String typed, AssessmentMode mode) {
        // Cells pasted from Excel or the web often carry no-break spaces, which String.strip() keeps.
        String text = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC)
                .replaceAll("^[\\s\\u00A0\\u2007\\u202F]+|[\\s\\u00A0\\u2007\\u202F]+$", "");
        if (text.isEmpty()) {
            return new Accepted(Optional.empty());
        }
        return mode == AssessmentMode.SCORE ? parseScore(text) : parseRating(text);
    }

    private static Parsed parseScore(String text) {
        // Vietnamese spreadsheets write 7,5; accept both separators, but only as a decimal separator.
        String plain = text.replace(',', '.');
        // Any number of integer digits and a sign, so that "100" and "-1" are refused as out of range, which
        // tells the teacher more than "not a number".
        if (!plain.matches("-?\\d+(\\.\\d+)?")) {
            return new Refused(Problem.NOT_A_NUMBER, text);
        }
        BigDecimal value = new BigDecimal(plain);
        if (plain.startsWith("-") || value.compareTo(AssessmentValue.Score.MAX) > 0) {
            return new Refused(Problem.OUT_OF_RANGE, text);
        }
        if (value.stripTrailingZeros().scale() > 1) {
            return new Refused(Problem.TOO_MANY_DECIMALS, text);
        }
        return new Accepted(Optional.of(new AssessmentValue.Score(value)));
    }

    private static Parsed parseRating(String text) {
        // Teachers type "Đ", "D", "đạt", "CĐ", "cd", "Chưa đạt": compare without diacritics, case or spaces.
        String key = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replace('Đ', 'D').replaceAll("[\\s\\u00A0\\u2007\\u202F]", "");
        return switch (key) {
            case "D", "DAT" -> new Accepted(Optional.of(AssessmentValue.Rating.PASS));
            case "CD", "CHUADAT" -> new Accepted(Optional.of(AssessmentValue.Rating.FAIL));
            default -> new Refused(Problem.NOT_A_RATING, text);
        };
    }
}
