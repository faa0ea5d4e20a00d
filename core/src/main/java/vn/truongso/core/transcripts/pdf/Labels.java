package vn.truongso.core.transcripts.pdf;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

import vn.truongso.core.grading.AssessmentValue;

/** The printed words, from {@code labels.properties}: the code names things in English, the form speaks Vietnamese. */
final class Labels {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("vn.truongso.core.transcripts.pdf.labels", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Labels() {}

    static String get(String key, Object... args) {
        String text = BUNDLE.getString(key);
        // MessageFormat would group 2027 as "2,027"; plain strings go in instead of numbers.
        return args.length == 0 ? text : new MessageFormat(text, Locale.ROOT).format(plain(args));
    }

    static String of(String prefix, Enum<?> value) {
        return value == null ? "" : get(prefix + "." + value.name());
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A score as Vietnamese print writes it, decimal comma: 7,6 and 8,0. Ratings as Đ / CĐ. */
    static String value(AssessmentValue value) {
        return switch (value) {
            case null -> "";
            case AssessmentValue.Score s -> decimal(s.value());
            case AssessmentValue.Rating r -> r.text();
        };
    }

    static String decimal(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    private static Object[] plain(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] == null ? "" : String.valueOf(args[i]);
        }
        return out;
    }
}
