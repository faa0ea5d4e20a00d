package vn.truongso.app.gradebook;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.truongso.app.common.View;
import vn.truongso.app.i18n.I18n;

/** The "Lịch sử thay đổi" pane beside the grid: who changed the selected cell, when, old → new. */
final class HistoryPane implements View {
    private final HistoryModel model;
    private final VBox root = new VBox(8);
    private final Label title = new Label();
    private final ListView<String> list = new ListView<>();

    HistoryPane(HistoryModel model, I18n i18n) {
        this.model = model;
        Button close = new Button();
        close.textProperty().bind(i18n.bind("history.close"));
        close.setOnAction(e -> model.close());
        title.setWrapText(true);
        title.getStyleClass().add("history-title");
        list.setItems(model.lines());
        list.getStyleClass().add("history-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().setAll(title, list, close);
        root.getStyleClass().add("history-pane");
        root.setPrefWidth(400);
        root.setId("history-pane");
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        title.textProperty().bind(model.titleProperty());
        root.visibleProperty().bind(model.visibleProperty());
        root.managedProperty().bind(model.visibleProperty());
    }

    @Override
    public void deactivate() {
        title.textProperty().unbind();
        root.visibleProperty().unbind();
        root.managedProperty().unbind();
    }
}
