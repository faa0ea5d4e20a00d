package vn.truongso.app.gradebook;

import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import vn.truongso.core.grading.AssessmentValue;
import vn.truongso.core.grading.AssessmentValue.Score;

/** How values are written in the grid: Vietnamese writes 7,5 and English 7.5; averages always show one decimal. */
final class ValueText {
    private ValueText() {}

    static String cell(AssessmentValue value, Locale locale) {
        return localise(value.text(), locale);
    }

    static String average(Optional<AssessmentValue> value, Locale locale) {
        if (value.isEmpty()) {
            return "";
        }
        if (value.get() instanceof Score score) {
            return localise(score.value().setScale(1, RoundingMode.UNNECESSARY).toPlainString(), locale);
        }
        return value.get().text();
    }

    private static String localise(String plain, Locale locale) {
        return "vi".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }
}
