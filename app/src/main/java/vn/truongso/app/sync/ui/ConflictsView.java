package vn.truongso.app.sync.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.truongso.app.common.View;
import vn.truongso.app.i18n.I18n;

/**
 * The conflicts and refusals screen: a card per conflict (its values as radio buttons, another value for a grade,
 * one button) and per refused change (why, by whom, when, "Đã xem"). Keyboard: Tab moves between the controls,
 * the arrow keys between a conflict's values, Enter in the typed value keeps it.
 */
public final class ConflictsView implements View {
    private final ConflictsViewModel model;
    private final I18n i18n;
    private final ScrollPane root = new ScrollPane();
    private final Label conflictsHeading = new Label();
    private final Label conflictsNote = new Label();
    private final VBox conflictCards = new VBox(10);
    private final Label refusalsHeading = new Label();
    private final Label refusalsNote = new Label();
    private final VBox refusalCards = new VBox(10);
    private final ListChangeListener<ConflictsViewModel.ConflictItem> conflictsChanged = change -> rebuildConflicts();
    private final ListChangeListener<ConflictsViewModel.RefusalItem> refusalsChanged = change -> rebuildRefusals();

    public ConflictsView(ConflictsViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        layout();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        conflictsHeading.textProperty().bind(model.conflictsHeadingProperty());
        conflictsNote.textProperty().bind(model.conflictsNoteProperty());
        refusalsHeading.textProperty().bind(model.refusalsHeadingProperty());
        refusalsNote.textProperty().bind(model.refusalsNoteProperty());
        model.conflicts().addListener(conflictsChanged);
        model.refusals().addListener(refusalsChanged);
        rebuildConflicts();
        rebuildRefusals();
        model.activate();
    }

    @Override
    public void deactivate() {
        model.deactivate();
        model.conflicts().removeListener(conflictsChanged);
        model.refusals().removeListener(refusalsChanged);
        conflictsHeading.textProperty().unbind();
        conflictsNote.textProperty().unbind();
        refusalsHeading.textProperty().unbind();
        refusalsNote.textProperty().unbind();
    }

    private void layout() {
        Label heading = new Label();
        heading.textProperty().bind(i18n.bind("conflicts.heading"));
        heading.getStyleClass().add("screen-heading");
        Label explain = new Label();
        explain.textProperty().bind(i18n.bind("conflicts.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("screen-explain");
        conflictsHeading.setId("conflicts-heading");
        conflictsHeading.getStyleClass().add("section-heading");
        refusalsHeading.setId("refusals-heading");
        refusalsHeading.getStyleClass().add("section-heading");
        for (Label note : new Label[] {conflictsNote, refusalsNote}) {
            note.getStyleClass().add("hint");
            note.setWrapText(true);
            note.visibleProperty().bind(note.textProperty().isNotEmpty());
            note.managedProperty().bind(note.visibleProperty());
        }
        conflictsNote.setId("conflicts-note");
        refusalsNote.setId("refusals-note");
        VBox content = new VBox(10, heading, explain, conflictsHeading, conflictsNote, conflictCards, refusalsHeading,
                refusalsNote, refusalCards);
        content.getStyleClass().add("sync-screen");
        content.setMaxWidth(860);
        root.setContent(content);
        root.setFitToWidth(true);
        root.getStyleClass().add("sync-scroll");
        root.setId("conflicts-screen");
    }

    private void rebuildConflicts() {
        List<Node> cards = new ArrayList<>();
        List<ConflictsViewModel.ConflictItem> items = model.conflicts();
        for (int i = 0; i < items.size(); i++) {
            cards.add(conflictCard(items.get(i), i));
        }
        conflictCards.getChildren().setAll(cards);
    }

    private Node conflictCard(ConflictsViewModel.ConflictItem item, int index) {
        String id = "conflict-" + index;
        Label title = new Label(item.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        VBox card = new VBox(6, title);
        card.setId(id);
        card.getStyleClass().add("sync-card");
        if (!item.question().isEmpty()) {
            card.getChildren().add(new Label(item.question()));
        }
        ToggleGroup group = new ToggleGroup();
        for (int j = 0; j < item.choices().size(); j++) {
            ConflictsViewModel.Choice choice = item.choices().get(j);
            RadioButton radio = new RadioButton(choice.text());
            radio.setId(id + "-choice-" + j);
            radio.setUserData(choice);
            radio.setToggleGroup(group);
            radio.setWrapText(true);
            radio.setDisable(!item.resolvable());
            card.getChildren().add(radio);
        }
        TextField other = new TextField();
        if (item.acceptsTyped()) {
            RadioButton otherRadio = new RadioButton();
            otherRadio.textProperty().bind(i18n.bind("conflicts.other"));
            otherRadio.setId(id + "-other-choice");
            otherRadio.setToggleGroup(group);
            other.setId(id + "-other");
            other.promptTextProperty().bind(i18n.bind("conflicts.other.prompt"));
            other.setPrefColumnCount(6);
            // Typing a value chooses it; Enter keeps it at once.
            other.textProperty().addListener((obs, old, now) -> otherRadio.setSelected(!now.isBlank()));
            other.setOnAction(e -> model.submit(item, null, other.getText()));
            HBox line = new HBox(8, otherRadio, other);
            line.setAlignment(Pos.CENTER_LEFT);
            card.getChildren().add(line);
        }
        if (item.resolvable()) {
            Button keep = new Button();
            keep.textProperty().bind(i18n.bind("conflicts.resolve"));
            keep.setId(id + "-resolve");
            keep.getStyleClass().add("primary-button");
            keep.setOnAction(e -> {
                Toggle selected = group.getSelectedToggle();
                boolean typed = selected != null && selected.getUserData() == null;
                model.submit(item, selected == null || typed ? null : (ConflictsViewModel.Choice) selected.getUserData(),
                        typed ? other.getText() : null);
            });
            card.getChildren().add(keep);
        } else {
            Label whyNot = new Label(item.whyNot());
            whyNot.setId(id + "-why-not");
            whyNot.getStyleClass().add("hint");
            whyNot.setWrapText(true);
            card.getChildren().add(whyNot);
        }
        return card;
    }

    private void rebuildRefusals() {
        List<Node> cards = new ArrayList<>();
        List<ConflictsViewModel.RefusalItem> items = model.refusals();
        for (int i = 0; i < items.size(); i++) {
            cards.add(refusalCard(items.get(i), i));
        }
        refusalCards.getChildren().setAll(cards);
    }

    private Node refusalCard(ConflictsViewModel.RefusalItem item, int index) {
        String id = "refusal-" + index;
        Label title = new Label(item.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label reason = new Label(item.reason());
        reason.setId(id + "-reason");
        reason.getStyleClass().add("error-text");
        reason.setWrapText(true);
        if (!item.serverMessage().isEmpty()) {
            reason.setTooltip(new Tooltip(item.serverMessage()));
        }
        Label meta = new Label(item.meta());
        meta.getStyleClass().add("hint");
        Button seen = new Button();
        seen.textProperty().bind(i18n.bind("refusals.dismiss"));
        seen.setId(id + "-dismiss");
        seen.setOnAction(e -> model.dismiss(item));
        VBox card = new VBox(6, title);
        if (!item.attempted().isEmpty()) {
            Label attempted = new Label(item.attempted());
            attempted.setWrapText(true);
            card.getChildren().add(attempted);
        }
        card.getChildren().addAll(reason, meta, seen);
        card.setId(id);
        card.getStyleClass().addAll("sync-card", "refusal-card");
        return card;
    }
}
