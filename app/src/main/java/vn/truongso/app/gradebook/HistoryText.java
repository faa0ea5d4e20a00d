package vn.truongso.app.gradebook;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.truongso.app.i18n.I18n;

/** One line of a cell's history as shown: who, when (dd/MM/yyyy HH:mm, local time), old → new. */
final class HistoryText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private HistoryText() {}

    static String line(I18n i18n, CellChange change) {
        String when = change.changedAt().atZoneSameInstant(ZoneId.systemDefault()).format(WHEN);
        return i18n.get("history.line", change.changedByName(), when,
                value(i18n, change.oldValue()), value(i18n, change.newValue()));
    }

    private static String value(I18n i18n, String text) {
        if (text == null || text.isEmpty()) {
            return i18n.get("history.empty");
        }
        return "vi".equals(i18n.locale().getLanguage()) ? text.replace('.', ',') : text.replace(',', '.');
    }
}
