package vn.truongso.app.gradebook;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.truongso.core.grading.AssessmentValue;

/**
 * One student's line in the grid. Holds the saved values (to recompute the average at once after a save) and, per
 * column, what the cell shows. A refused entry is shown in place until the cell is saved or the grid reloaded.
 */
public final class GradeRow {
    private final UUID studentId;
    private final String fullName;
    private final ObjectProperty<CellState> roll;
    private final ObjectProperty<CellState> name;
    private final Map<ColumnKey, AssessmentValue> saved;
    private final Map<ColumnKey, ObjectProperty<CellState>> cells = new LinkedHashMap<>();
    private final Map<GradeColumn.Kind, ObjectProperty<CellState>> averages = new HashMap<>();

    GradeRow(StudentRow student, List<ColumnKey> columns, Locale locale) {
        this.studentId = student.studentId();
        this.fullName = student.fullName();
        this.roll = new SimpleObjectProperty<>(CellState.of(Integer.toString(student.rollNumber())));
        this.name = new SimpleObjectProperty<>(CellState.of(student.fullName()));
        this.saved = new HashMap<>(student.cells());
        for (ColumnKey key : columns) {
            AssessmentValue value = saved.get(key);
            cells.put(key, new SimpleObjectProperty<>(
                    value == null ? CellState.EMPTY : CellState.of(ValueText.cell(value, locale))));
        }
    }

    public UUID studentId() {
        return studentId;
    }

    public String fullName() {
        return fullName;
    }

    public ObjectProperty<CellState> property(GradeColumn column) {
        return switch (column.kind()) {
            case ROLL -> roll;
            case NAME -> name;
            case ASSESSMENT -> cells.get(column.key());
            default -> averages.computeIfAbsent(column.kind(), k -> new SimpleObjectProperty<>(CellState.EMPTY));
        };
    }

    public CellState state(GradeColumn column) {
        return property(column).get();
    }

    Map<ColumnKey, AssessmentValue> savedValues() {
        return Map.copyOf(saved);
    }

    void showSaved(ColumnKey key, Optional<AssessmentValue> value, Locale locale) {
        value.ifPresentOrElse(v -> saved.put(key, v), () -> saved.remove(key));
        cells.get(key).set(value.map(v -> CellState.of(ValueText.cell(v, locale))).orElse(CellState.EMPTY));
    }

    void showRefused(ColumnKey key, String typed) {
        cells.get(key).set(new CellState(typed, true));
    }

    void showAverage(GradeColumn.Kind kind, String text) {
        property(GradeColumn.of(kind)).set(CellState.of(text));
    }
}
