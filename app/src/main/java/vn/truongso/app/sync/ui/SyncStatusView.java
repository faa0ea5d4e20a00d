package vn.truongso.app.sync.ui;

import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import vn.truongso.app.common.View;
import vn.truongso.app.sync.SyncOverview;

/** The sync part of the status bar: a coloured dot and short texts; the parts with nothing to say are hidden. */
public final class SyncStatusView implements View {
    private static final Map<SyncOverview.State, PseudoClass> STATES = Map.of(
            SyncOverview.State.NOT_ENROLLED, PseudoClass.getPseudoClass("not-enrolled"),
            SyncOverview.State.OFFLINE, PseudoClass.getPseudoClass("offline"),
            SyncOverview.State.SYNCING, PseudoClass.getPseudoClass("syncing"),
            SyncOverview.State.UP_TO_DATE, PseudoClass.getPseudoClass("up-to-date"),
            SyncOverview.State.NEEDS_ATTENTION, PseudoClass.getPseudoClass("attention"));

    private final SyncStatusViewModel model;
    private final HBox root = new HBox(10);
    private final Region dot = new Region();
    private final Label state = new Label();
    private final Label pending = new Label();
    private final Label lastSync = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();
    private final Label clock = new Label();
    private final Hyperlink attention = new Hyperlink();
    private final Hyperlink settings = new Hyperlink();
    private final Tooltip explanation = new Tooltip();
    private final ChangeListener<SyncOverview.State> stateChanged = (obs, old, now) -> showState(now);

    public SyncStatusView(SyncStatusViewModel model) {
        this.model = model;
        layout();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        state.textProperty().bind(model.stateTextProperty());
        explanation.textProperty().bind(model.explanationProperty());
        pending.textProperty().bind(model.pendingTextProperty());
        lastSync.textProperty().bind(model.lastSyncTextProperty());
        clock.textProperty().bind(model.clockTextProperty());
        attention.textProperty().bind(model.attentionTextProperty());
        settings.textProperty().bind(model.settingsTextProperty());
        progressText.textProperty().bind(model.progressTextProperty());
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.progressShownProperty());
        model.stateProperty().addListener(stateChanged);
        showState(model.stateProperty().get());
        model.activate();
    }

    @Override
    public void deactivate() {
        model.deactivate();
        model.stateProperty().removeListener(stateChanged);
        for (Label label : new Label[] {state, pending, lastSync, clock, progressText}) {
            label.textProperty().unbind();
        }
        explanation.textProperty().unbind();
        attention.textProperty().unbind();
        settings.textProperty().unbind();
        progress.progressProperty().unbind();
        progress.visibleProperty().unbind();
    }

    private void showState(SyncOverview.State now) {
        STATES.forEach((value, pseudoClass) -> dot.pseudoClassStateChanged(pseudoClass, value == now));
        dot.setVisible(now != null);
    }

    private void layout() {
        root.getStyleClass().add("sync-status");
        root.setAlignment(Pos.CENTER_RIGHT);
        dot.getStyleClass().add("sync-dot");
        dot.setId("sync-dot");
        state.setId("sync-state");
        state.getStyleClass().add("sync-state");
        state.setTooltip(explanation);
        state.setGraphic(dot);
        pending.setId("sync-pending");
        lastSync.setId("sync-last");
        clock.setId("sync-clock");
        clock.getStyleClass().add("sync-clock");
        progressText.setId("sync-progress-text");
        progress.setId("sync-progress");
        progress.setPrefWidth(120);
        progressText.visibleProperty().bind(progress.visibleProperty());
        attention.setId("sync-attention");
        attention.getStyleClass().add("sync-attention");
        attention.setOnAction(e -> model.openConflicts());
        settings.setId("sync-settings-link");
        settings.setOnAction(e -> model.openSettings());
        for (Label label : new Label[] {pending, lastSync, clock}) {
            hideWhenEmpty(label);
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        attention.visibleProperty().bind(attention.textProperty().isNotEmpty().and(
                javafx.beans.binding.Bindings.createBooleanBinding(model::hasLinks)));
        attention.managedProperty().bind(attention.visibleProperty());
        settings.visibleProperty().bind(settings.textProperty().isNotEmpty().and(
                javafx.beans.binding.Bindings.createBooleanBinding(model::hasLinks)));
        settings.managedProperty().bind(settings.visibleProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progressText.managedProperty().bind(progressText.visibleProperty());
        state.setMinWidth(Region.USE_PREF_SIZE);
        root.getChildren().setAll(state, attention, settings, pending, lastSync, progressText, progress, clock);
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
