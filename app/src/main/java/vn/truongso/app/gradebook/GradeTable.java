package vn.truongso.app.gradebook;

import java.util.List;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import vn.truongso.app.i18n.I18n;

/** Builds the grid: a TableView with cell selection, one column per {@link GradeColumn}. */
final class GradeTable {
    private GradeTable() {}

    static TableView<GradeRow> create() {
        TableView<GradeRow> table = new TableView<>();
        table.getStyleClass().add("grade-table");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        return table;
    }

    static List<TableColumn<GradeRow, CellState>> columns(List<GradeColumn> grid, I18n i18n, GridEditing editing) {
        return grid.stream().map(column -> column(column, i18n, editing)).toList();
    }

    private static TableColumn<GradeRow, CellState> column(GradeColumn grid, I18n i18n, GridEditing editing) {
        TableColumn<GradeRow, CellState> column = new TableColumn<>();
        if (grid.isAssessment()) {
            column.setText(grid.key().label());
        } else {
            column.textProperty().bind(i18n.bind("column." + grid.kind().name()));
        }
        column.setUserData(grid);
        column.setSortable(false);
        column.setReorderable(false);
        column.setEditable(grid.isAssessment());
        column.setCellValueFactory(data -> data.getValue().property(grid));
        column.setCellFactory(c -> new GradeCell(editing));
        column.getStyleClass().add(styleClass(grid.kind()));
        column.setPrefWidth(width(grid.kind()));
        return column;
    }

    private static String styleClass(GradeColumn.Kind kind) {
        return switch (kind) {
            case ROLL -> "roll-column";
            case NAME -> "name-column";
            case ASSESSMENT -> "score-column";
            default -> "average-column";
        };
    }

    private static double width(GradeColumn.Kind kind) {
        return switch (kind) {
            case ROLL -> 48;
            case NAME -> 200;
            case ASSESSMENT -> 64;
            case TERM_AVERAGE -> 84;
            default -> 100;
        };
    }
}
