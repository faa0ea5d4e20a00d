package vn.truongso.app.shell;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.truongso.app.auth.Session;
import vn.truongso.app.common.StatusModel;
import vn.truongso.app.i18n.I18n;
import vn.truongso.core.school.Role;

/** The main window's state: who is logged in, which screens she may open, the one shown, and the status line. */
public final class MainViewModel {
    // Everyone who reads or enters grades: teachers edit their own, leaders and clerks read all.
    private static final EnumSet<Role> GRADEBOOK_ROLES =
            EnumSet.of(Role.TEACHER, Role.HOMEROOM, Role.PRINCIPAL, Role.ADMIN, Role.CLERK);

    private final Session session;
    private final I18n i18n;
    private final StatusModel status;
    private final Runnable onLogout;
    private final ObservableList<NavEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<NavEntry> selected = new SimpleObjectProperty<>();

    public MainViewModel(Session session, I18n i18n, StatusModel status, Runnable onLogout) {
        this.session = session;
        this.i18n = i18n;
        this.status = status;
        this.onLogout = onLogout;
        entries.setAll(entriesFor(session));
        selected.set(entries.isEmpty() ? null : entries.get(0));
    }

    static List<NavEntry> entriesFor(Session session) {
        boolean grades = session.roles().stream().anyMatch(GRADEBOOK_ROLES::contains);
        return EnumSet.allOf(NavEntry.class).stream()
                .filter(e -> switch (e) {
                    case GRADEBOOK -> grades;
                    case TERM_LOCK -> session.isSchoolLeader();
                    case SYNC_CONFLICTS, SYNC_SETTINGS -> !session.roles().isEmpty();
                })
                .toList();
    }

    public String personName() {
        return session.fullName();
    }

    /** "Giáo viên bộ môn, Giáo viên chủ nhiệm", in the enum's order so it reads the same every time. */
    public String rolesText() {
        return session.roles().stream().sorted()
                .map(role -> i18n.get("role." + role.name()))
                .collect(Collectors.joining(", "));
    }

    public String entryLabel(NavEntry entry) {
        return i18n.get("nav." + entry.name());
    }

    /** "Ctrl+2": the keys that open an entry (its place in the navigation, 1 to 9). */
    public String shortcutText(NavEntry entry) {
        int place = entries.indexOf(entry);
        return place < 0 || place > 8 ? "" : i18n.get("shell.shortcut", place + 1);
    }

    /** Ctrl+digit: opens the entry at that place (1 = the first); false when there is none. */
    public boolean selectByShortcut(int digit) {
        if (digit < 1 || digit > entries.size()) {
            return false;
        }
        selected.set(entries.get(digit - 1));
        return true;
    }

    /** Opens an entry if this person has it (the status bar's links). */
    public void open(NavEntry entry) {
        if (entries.contains(entry)) {
            selected.set(entry);
        }
    }

    public ObservableList<NavEntry> entries() {
        return entries;
    }

    public ObjectProperty<NavEntry> selectedProperty() {
        return selected;
    }

    public StatusModel status() {
        return status;
    }

    public void logout() {
        status.clear();
        onLogout.run();
    }
}
