package vn.truongso.app.common;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The one-line status at the bottom of the window ("Đã lưu", why an entry was refused), shared by the screens. */
public final class StatusModel {

    public enum Severity { INFO, ERROR }

    public record Status(String text, Severity severity) {
        public static final Status NONE = new Status("", Severity.INFO);
    }

    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.NONE);

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status;
    }

    public Status current() {
        return status.get();
    }

    public void info(String text) {
        status.set(new Status(text, Severity.INFO));
    }

    public void error(String text) {
        status.set(new Status(text, Severity.ERROR));
    }

    public void clear() {
        status.set(Status.NONE);
    }
}
