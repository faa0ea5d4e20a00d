package vn.truongso.app.gradebook;

import java.util.Optional;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Between the grid's cells and the view model: whether a cell may be edited, the character that started the edit,
 * saving a finished edit and moving the selection like a spreadsheet (Enter down, Tab right).
 */
final class GridEditing {

    enum Move { NONE, UP, DOWN, LEFT, RIGHT }

    private final TableView<GradeRow> table;
    private final GradebookViewModel model;
    private String seed;
    private boolean armed;
    private GradeCell active;

    GridEditing(TableView<GradeRow> table, GradebookViewModel model) {
        this.table = table;
        this.model = model;
    }

    static GradeColumn columnOf(TableColumn<?, ?> column) {
        return column == null ? null : (GradeColumn) column.getUserData();
    }

    /**
     * Whether a cell may enter edit mode now. Only a typed key, F2 or a double click open the editor: TableView would
     * also start editing on a single click on the selected cell, which surprises people used to spreadsheets.
     */
    boolean allows(TableColumn<GradeRow, ?> column) {
        if (!armed) {
            return false;
        }
        armed = false;
        return model.beginEdit(columnOf(column));
    }

    /** A double click is about to open the editor. */
    void armForMouse() {
        armed = true;
    }

    void started(GradeCell cell) {
        active = cell;
    }

    void stopped(GradeCell cell) {
        if (active == cell) {
            active = null;
        }
    }

    /** Adds typed text to the open editor; false when there is none. */
    boolean typeIntoActive(String typed) {
        return active != null && active.type(typed);
    }

    /** Saves what is being typed, e.g. when the screen is left: no keystroke is lost. */
    void commitPending() {
        if (active != null) {
            active.commitPending();
        }
    }

    /**
     * Starts editing the focused cell with the typed character, as a spreadsheet does. Typed on a cell that takes no
     * score (STT, name, average), it goes to the row's first score cell instead: a keystroke is never dropped.
     */
    void startWith(String typed) {
        var focused = table.getFocusModel().getFocusedCell();
        if (focused == null || focused.getRow() < 0 || focused.getTableColumn() == null
                || !isAssessment(focused.getTableColumn())) {
            int row = focused == null || focused.getRow() < 0 ? 0 : focused.getRow();
            select(row, firstAssessmentColumn());
            focused = table.getFocusModel().getFocusedCell();
            if (focused == null || focused.getRow() < 0 || !isAssessment(focused.getTableColumn())) {
                model.beginEdit(null);
                return;
            }
        }
        if (!model.beginEdit(columnOf(focused.getTableColumn()))) {
            return;
        }
        seed = typed;
        armed = true;
        table.edit(focused.getRow(), focused.getTableColumn());
        seed = null; // unused when the cell could not start editing
        armed = false;
    }

    /** The index of the first column that takes a score (TX1), or 0 when there is none (the year view). */
    int firstAssessmentColumn() {
        for (int i = 0; i < table.getColumns().size(); i++) {
            if (isAssessment(table.getColumns().get(i))) {
                return i;
            }
        }
        return 0;
    }

    private static boolean isAssessment(TableColumn<?, ?> column) {
        GradeColumn grid = columnOf(column);
        return grid != null && grid.isAssessment();
    }

    void startWithCurrentText() {
        startWith(null);
    }

    Optional<String> takeSeed() {
        String taken = seed;
        seed = null;
        return Optional.ofNullable(taken);
    }

    void commit(int row, TableColumn<GradeRow, ?> column, String text, Move move) {
        GradeColumn grid = columnOf(column);
        if (grid != null && grid.isAssessment()) {
            model.commit(row, grid.key(), text);
        }
        move(row, table.getColumns().indexOf(column), move);
        returnFocus();
    }

    void move(Move move) {
        var focused = table.getFocusModel().getFocusedCell();
        if (focused != null && focused.getRow() >= 0) {
            move(focused.getRow(), table.getColumns().indexOf(focused.getTableColumn()), move);
        }
    }

    void select(int row, int column) {
        if (table.getItems().isEmpty() || table.getColumns().isEmpty()) {
            return;
        }
        int r = Math.max(0, Math.min(row, table.getItems().size() - 1));
        int c = Math.max(0, Math.min(column, table.getColumns().size() - 1));
        TableColumn<GradeRow, ?> target = table.getColumns().get(c);
        table.getSelectionModel().clearAndSelect(r, target);
        table.getFocusModel().focus(r, target);
        // VirtualFlow.scrollTo scrolls only when the row is not fully visible; TableView.scrollTo would jump.
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(r);
        }
    }

    void returnFocus() {
        table.requestFocus();
    }

    private void move(int row, int column, Move move) {
        switch (move) {
            case UP -> select(row - 1, column);
            case DOWN -> select(row + 1, column);
            case LEFT -> select(row, column - 1);
            case RIGHT -> select(row, column + 1);
            case NONE -> { }
        }
    }
}
