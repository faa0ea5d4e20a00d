package vn.truongso.app.gradebook;

import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Skin;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.truongso.app.common.View;
import vn.truongso.app.i18n.I18n;

/** The gradebook screen: chooser, read-only banner, the grid and the history pane. Binds and forwards only. */
public final class GradebookView implements View, GridKeys.GridActions {
    private final GradebookViewModel model;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final ComboBox<GradebookRef> gradebookChoice = new ComboBox<>();
    private final ComboBox<Period> periodChoice = new ComboBox<>();
    private final Button historyButton = new Button();
    private final Button lockButton = new Button();
    private final Label banner = new Label();
    private final Label hint = new Label();
    private final TableView<GradeRow> table = GradeTable.create();
    private final GridEditing editing;
    private final GridKeys keys;
    private final HistoryPane historyPane;
    private final ListChangeListener<GradeColumn> columnsChanged = change -> rebuildColumns();
    private final ListChangeListener<GradeRow> rowsChanged = change -> selectFirstCell();

    public GradebookView(GradebookViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.editing = new GridEditing(table, model);
        this.keys = new GridKeys(table, editing, this);
        this.historyPane = new HistoryPane(model.history(), i18n);
        layout();
    }

    @Override
    public Parent root() {
        return root;
    }

    public TableView<GradeRow> table() {
        return table;
    }

    @Override
    public void activate() {
        gradebookChoice.setItems(model.gradebooks());
        gradebookChoice.valueProperty().bindBidirectional(model.gradebookProperty());
        periodChoice.setItems(model.periods());
        periodChoice.valueProperty().bindBidirectional(model.periodProperty());
        banner.textProperty().bind(model.bannerProperty());
        banner.visibleProperty().bind(model.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        hint.visibleProperty().bind(model.editableProperty()); // typing hints only where typing works
        hint.managedProperty().bind(model.editableProperty());
        lockButton.visibleProperty().bind(model.canLockProperty());
        lockButton.managedProperty().bind(model.canLockProperty());
        lockButton.textProperty().bind(Bindings.when(model.termLockedProperty())
                .then(i18n.bind("gradebook.unlock")).otherwise(i18n.bind("gradebook.lock")));
        model.columns().addListener(columnsChanged);
        model.rows().addListener(rowsChanged);
        table.setItems(model.rows());
        rebuildColumns();
        keys.install();
        historyPane.activate();
        model.activate();
        table.requestFocus(); // keyboard first: the grid takes the keys as soon as the screen shows
    }

    @Override
    public void deactivate() {
        editing.commitPending();
        gradebookChoice.valueProperty().unbindBidirectional(model.gradebookProperty());
        periodChoice.valueProperty().unbindBidirectional(model.periodProperty());
        banner.textProperty().unbind();
        banner.visibleProperty().unbind();
        banner.managedProperty().unbind();
        hint.visibleProperty().unbind();
        hint.managedProperty().unbind();
        lockButton.visibleProperty().unbind();
        lockButton.managedProperty().unbind();
        lockButton.textProperty().unbind();
        model.columns().removeListener(columnsChanged);
        model.rows().removeListener(rowsChanged);
        keys.uninstall();
        historyPane.deactivate();
    }

    /** Selects a cell (row index, column index in the grid) and gives the grid the keyboard. */
    public void select(int row, int column) {
        editing.select(row, column);
        table.requestFocus();
    }

    @Override
    public void copy() {
        List<PasteMapper.Position> cells = selected().stream()
                .map(p -> new PasteMapper.Position(p.getRow(), p.getColumn())).toList();
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, model.copy(cells)));
    }

    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        pasteText(clipboard.hasString() ? clipboard.getString() : "");
    }

    /** Ctrl+V after reading the clipboard: pastes the text at the focused cell. */
    public void pasteText(String text) {
        TablePosition<GradeRow, ?> anchor = table.getFocusModel().getFocusedCell();
        GradeColumn column = anchor == null ? null : GridEditing.columnOf(anchor.getTableColumn());
        model.paste(anchor == null ? -1 : anchor.getRow(), column == null ? null : column.key(), text);
    }

    @Override
    public void clear() {
        List<PasteMapper.Position> cells = selected().stream()
                .filter(p -> isAssessment(p.getTableColumn()))
                .map(p -> new PasteMapper.Position(p.getRow(),
                        model.assessmentKeys().indexOf(GridEditing.columnOf(p.getTableColumn()).key())))
                .toList();
        model.clear(cells);
    }

    @Override
    public void history() {
        TablePosition<GradeRow, ?> focused = table.getFocusModel().getFocusedCell();
        GradeColumn column = focused == null ? null : GridEditing.columnOf(focused.getTableColumn());
        model.showHistory(focused == null ? -1 : focused.getRow(),
                column != null && column.isAssessment() ? column.key() : null);
    }

    private void layout() {
        root.getStyleClass().add("gradebook");
        root.setTop(new VBox(toolbar(), banner, hint));
        banner.getStyleClass().add("banner");
        hint.textProperty().bind(i18n.bind("gradebook.hint"));
        hint.getStyleClass().add("hint");
        banner.setId("gradebook-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        table.setId("gradebook-table");
        table.setContextMenu(contextMenu());
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind("gradebook.none"));
        table.setPlaceholder(empty);
        root.setCenter(table);
        root.setRight(historyPane.root());
        BorderPane.setMargin(historyPane.root(), new Insets(0, 0, 0, 8));
    }

    private HBox toolbar() {
        gradebookChoice.setId("gradebook-choice");
        gradebookChoice.setConverter(converter(GradebookViewModel::label));
        gradebookChoice.setPrefWidth(220);
        periodChoice.setId("period-choice");
        periodChoice.setConverter(converter(model::periodLabel));
        historyButton.setId("history-button");
        historyButton.textProperty().bind(i18n.bind("gradebook.history"));
        historyButton.setOnAction(e -> history());
        historyButton.setFocusTraversable(false);
        lockButton.setId("lock-button");
        lockButton.getStyleClass().add("lock-button");
        lockButton.setOnAction(e -> model.toggleLock());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, caption("gradebook.class"), gradebookChoice, caption("gradebook.period"), periodChoice,
                spacer, historyButton, lockButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("toolbar");
        return bar;
    }


    private Label caption(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(key));
        return label;
    }

    private ContextMenu contextMenu() {
        MenuItem history = new MenuItem();
        history.textProperty().bind(i18n.bind("gradebook.history"));
        history.setOnAction(e -> history());
        return new ContextMenu(history);
    }

    /** A freshly opened grid has its first score cell selected, so typing can start at once. */
    private void selectFirstCell() {
        editing.select(0, editing.firstAssessmentColumn());
        if (table.getSkin() == null) {
            // On a real window the table's skin is created when first shown, and resets the focus to the row's
            // first column: select again once it exists, or the first typed score would land on STT.
            table.skinProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Skin<?>> skin, Skin<?> old, Skin<?> now) {
                    table.skinProperty().removeListener(this);
                    Platform.runLater(() -> editing.select(0, editing.firstAssessmentColumn()));
                }
            });
        }
    }

    private void rebuildColumns() {
        table.getColumns().setAll(GradeTable.columns(model.columns(), i18n, editing));
    }

    @SuppressWarnings("unchecked")
    private List<TablePosition<GradeRow, ?>> selected() {
        return (List<TablePosition<GradeRow, ?>>) (List<?>) List.copyOf(table.getSelectionModel().getSelectedCells());
    }

    private static boolean isAssessment(javafx.scene.control.TableColumn<?, ?> column) {
        GradeColumn grid = GridEditing.columnOf(column);
        return grid != null && grid.isAssessment();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
