package vn.truongso.app.gradebook;

import javafx.event.EventHandler;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * The grid's keyboard, spreadsheet style, when no cell is being edited: a typed character starts editing with it,
 * Enter moves down, Tab right (Shift: the other way), Delete clears, F2 or a double click edits, Ctrl+C/V/H copy,
 * paste, history.
 * Arrow keys keep the table's own behaviour.
 */
final class GridKeys {
    private final TableView<GradeRow> table;
    private final GridEditing editing;
    private final GridActions actions;
    private final EventHandler<KeyEvent> pressed = this::onPressed;
    private final EventHandler<KeyEvent> typed = this::onTyped;
    private final EventHandler<MouseEvent> doubleClick = this::onMousePressed;

    /** What the keys do beyond moving: implemented by the view, which owns the clipboard. */
    interface GridActions {
        void copy();

        void paste();

        void clear();

        void history();
    }

    GridKeys(TableView<GradeRow> table, GridEditing editing, GridActions actions) {
        this.table = table;
        this.editing = editing;
        this.actions = actions;
    }

    void install() {
        table.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
        table.addEventHandler(KeyEvent.KEY_TYPED, typed);
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, doubleClick);
    }

    void uninstall() {
        table.removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
        table.removeEventHandler(KeyEvent.KEY_TYPED, typed);
        table.removeEventFilter(MouseEvent.MOUSE_PRESSED, doubleClick);
    }

    private void onMousePressed(MouseEvent event) {
        if (event.getClickCount() == 2 && event.isPrimaryButtonDown()) {
            editing.armForMouse();
        }
    }

    private void onPressed(KeyEvent event) {
        if (table.getEditingCell() != null) {
            return; // the cell's text field handles its own keys
        }
        if (event.isShortcutDown()) {
            onShortcut(event);
            return;
        }
        boolean handled = true;
        switch (event.getCode()) {
            case ENTER -> editing.move(event.isShiftDown() ? GridEditing.Move.UP : GridEditing.Move.DOWN);
            case TAB -> editing.move(event.isShiftDown() ? GridEditing.Move.LEFT : GridEditing.Move.RIGHT);
            case DELETE, BACK_SPACE -> actions.clear();
            case F2 -> editing.startWithCurrentText();
            default -> handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    private void onShortcut(KeyEvent event) {
        KeyCode code = event.getCode();
        switch (code) {
            case C -> actions.copy();
            case V -> actions.paste();
            case H -> actions.history();
            default -> { return; }
        }
        event.consume();
    }

    private void onTyped(KeyEvent event) {
        String character = event.getCharacter();
        if (event.isShortcutDown() || event.isAltDown() || character.isEmpty()
                || Character.isISOControl(character.charAt(0))) {
            return;
        }
        if (table.getEditingCell() != null) {
            // A character that bubbles up to here was not taken by the new editor: typed right after the first one,
            // it arrived before the editor had its focus or its skin. It belongs there ("95" must not become "9").
            if (editing.typeIntoActive(character)) {
                event.consume();
            }
            return;
        }
        event.consume();
        editing.startWith(character);
    }
}
