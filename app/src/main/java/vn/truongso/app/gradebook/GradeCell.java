package vn.truongso.app.gradebook;

import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;

/**
 * A grid cell. Shows the value (a refused entry in red, in place); when editing, a text field that may start with the
 * character that was typed on the selected cell. Enter, Tab, Shift+Tab, Up and Down commit and move; Escape cancels;
 * leaving the field commits, so no keystroke is lost.
 */
final class GradeCell extends TableCell<GradeRow, CellState> {
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");

    private final GridEditing editing;
    private TextField field;

    GradeCell(GridEditing editing) {
        this.editing = editing;
        getStyleClass().add("grade-cell");
    }

    @Override
    protected void updateItem(CellState item, boolean empty) {
        super.updateItem(item, empty);
        boolean refused = !empty && item != null && item.refused();
        pseudoClassStateChanged(REFUSED, refused);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
        } else if (!isEditing()) {
            setText(item.text());
            setGraphic(null);
        }
    }

    @Override
    public void startEdit() {
        if (isEditing()) {
            return;
        }
        if (!editing.allows(getTableColumn())) {
            // TableView has already marked this cell as the one being edited; undo that.
            if (getTableView() != null && getTableView().getEditingCell() != null) {
                getTableView().edit(-1, null);
            }
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        String current = getItem() == null ? "" : getItem().text();
        field = new TextField(editing.takeSeed().orElse(current));
        field.getStyleClass().add("grade-editor");
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                finish(GridEditing.Move.NONE);
            }
        });
        setText(null);
        setGraphic(field);
        editing.started(this);
        field.applyCss();  // gives the field its skin now, so the very next keystroke is handled, not dropped
        field.requestFocus();
        field.end();
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        editing.stopped(this);
        field = null;
        setGraphic(null);
        setText(getItem() == null ? null : getItem().text());
    }

    private void onKey(KeyEvent event) {
        GridEditing.Move move = switch (event.getCode()) {
            case ENTER -> event.isShiftDown() ? GridEditing.Move.UP : GridEditing.Move.DOWN;
            case TAB -> event.isShiftDown() ? GridEditing.Move.LEFT : GridEditing.Move.RIGHT;
            case UP -> GridEditing.Move.UP;
            case DOWN -> GridEditing.Move.DOWN;
            default -> null;
        };
        if (move != null) {
            event.consume();
            finish(move);
        } else if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
            event.consume();
            field = null; // Escape drops the typing: the focus loss that follows must not commit it
            cancelEdit();
            editing.returnFocus();
        }
    }

    void commitPending() {
        finish(GridEditing.Move.NONE);
    }

    /** Text typed for this editor that reached the table first: insert it where the caret is. */
    boolean type(String typed) {
        if (field == null) {
            return false;
        }
        field.insertText(field.getCaretPosition(), typed);
        field.requestFocus();
        return true;
    }

    private void finish(GridEditing.Move move) {
        TextField editor = field;
        if (editor == null) {
            return;
        }
        // Forget the editor first: leaving edit mode moves the focus to the table, which would commit again.
        field = null;
        String text = editor.getText();
        int row = getIndex();
        cancelEdit();
        editing.commit(row, getTableColumn(), text, move);
    }
}
