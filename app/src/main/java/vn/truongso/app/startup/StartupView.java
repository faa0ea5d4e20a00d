package vn.truongso.app.startup;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.truongso.app.common.View;
import vn.truongso.app.i18n.I18n;
import vn.truongso.app.store.StoreOpenException;

/** Shown while the local store opens (the first start also creates the demo school, which takes a few seconds). */
public final class StartupView implements View {
    private final StackPane root = new StackPane();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label message = new Label();
    private final I18n i18n;

    public StartupView(I18n i18n) {
        this.i18n = i18n;
        message.setId("startup-message");
        message.textProperty().bind(i18n.bind("startup.opening"));
        message.setWrapText(true);
        VBox box = new VBox(16, progress, message);
        box.setAlignment(Pos.CENTER);
        root.getChildren().setAll(box);
        root.getStyleClass().add("startup");
    }

    @Override
    public Parent root() {
        return root;
    }

    public void showFailure(Throwable error) {
        progress.setVisible(false);
        message.textProperty().unbind();
        message.setText(error instanceof StoreOpenException known
                ? i18n.get("startup.failed." + known.reason().name())
                : i18n.get("startup.failed", String.valueOf(error.getMessage())));
        message.getStyleClass().add("error-text");
    }
}
