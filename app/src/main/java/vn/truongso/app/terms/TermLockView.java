package vn.truongso.app.terms;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.truongso.app.common.View;
import vn.truongso.app.gradebook.TermRef;
import vn.truongso.app.i18n.I18n;

/** Lists the terms with a lock / unlock button each. */
public final class TermLockView implements View {
    private final TermLockViewModel model;
    private final VBox root = new VBox(12);
    private final VBox lines = new VBox(8);
    private final ListChangeListener<TermRef> termsChanged = change -> rebuild();

    public TermLockView(TermLockViewModel model, I18n i18n) {
        this.model = model;
        Label heading = new Label();
        heading.textProperty().bind(i18n.bind("terms.heading"));
        heading.getStyleClass().add("screen-heading");
        Label explain = new Label();
        explain.textProperty().bind(i18n.bind("terms.explain"));
        explain.setWrapText(true);
        root.getChildren().setAll(heading, explain, lines);
        root.getStyleClass().add("term-lock");
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        model.terms().addListener(termsChanged);
        model.refresh();
        rebuild();
    }

    @Override
    public void deactivate() {
        model.terms().removeListener(termsChanged);
    }

    private void rebuild() {
        lines.getChildren().setAll(model.terms().stream().map(this::line).toList());
    }

    private Node line(TermRef term) {
        Label text = new Label(model.describe(term));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button action = new Button(model.actionLabel(term));
        action.setId("term-lock-" + term.number());
        action.getStyleClass().add("lock-button");
        action.setOnAction(e -> model.toggle(term));
        HBox line = new HBox(12, text, spacer, action);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("term-line");
        line.setMaxWidth(640);
        return line;
    }
}
