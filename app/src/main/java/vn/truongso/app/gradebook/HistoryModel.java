package vn.truongso.app.gradebook;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.truongso.app.i18n.I18n;

/** The "Lịch sử thay đổi" pane's state: which cell, and its changes newest first. */
public final class HistoryModel {
    private final GradebookService service;
    private final I18n i18n;
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ObservableList<String> lines = FXCollections.observableArrayList();

    HistoryModel(GradebookService service, I18n i18n) {
        this.service = service;
        this.i18n = i18n;
    }

    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObservableList<String> lines() {
        return lines;
    }

    void open(CellKey key, String heading) {
        title.set(heading);
        lines.setAll(service.history(key).stream().map(change -> HistoryText.line(i18n, change)).toList());
        if (lines.isEmpty()) {
            lines.add(i18n.get("history.none"));
        }
        visible.set(true);
    }

    public void close() {
        visible.set(false);
        lines.clear();
    }
}
