package vn.truongso.app.sync.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.event.EventHandler;
import vn.truongso.app.common.View;
import vn.truongso.app.i18n.I18n;

/**
 * The sync settings screen: the status card (server, school, this PC's id, state, "Đồng bộ ngay") and the enrolment
 * form with its confirmation step. Enter in a field of the form enrols (or confirms), Escape cancels the
 * confirmation.
 */
public final class SyncSettingsView implements View {
    private final SyncSettingsViewModel model;
    private final I18n i18n;
    private final ScrollPane root = new ScrollPane();
    private final Label state = new Label();
    private final Label stateDetail = new Label();
    private final Label server = new Label();
    private final Label school = new Label();
    private final Label device = new Label();
    private final Button syncNow = new Button();
    private final Label formHeading = new Label();
    private final Label notAllowed = new Label();
    private final TextField serverUrl = new TextField();
    private final TextField pcName = new TextField();
    private final TextField code = new TextField();
    private final Label serverError = new Label();
    private final Label nameError = new Label();
    private final Label codeError = new Label();
    private final Button enrol = new Button();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label busyText = new Label();
    private final Label warning = new Label();
    private final Button confirm = new Button();
    private final Button cancel = new Button();
    private final VBox confirmation = new VBox(8);
    private final Label result = new Label();
    private final Label error = new Label();
    private final VBox enrolledRows = new VBox(4);
    private final ChangeListener<Boolean> confirmingChanged = (obs, old, now) -> {
        if (now) {
            confirm.requestFocus();
        }
    };
    private final EventHandler<KeyEvent> escape = this::escapePressed;

    public SyncSettingsView(SyncSettingsViewModel model, I18n i18n) {
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
        state.textProperty().bind(model.stateTextProperty());
        stateDetail.textProperty().bind(model.stateDetailProperty());
        server.textProperty().bind(model.enrolledServerProperty());
        school.textProperty().bind(model.enrolledSchoolProperty());
        device.textProperty().bind(model.enrolledDeviceProperty());
        enrolledRows.visibleProperty().bind(model.enrolledProperty());
        syncNow.visibleProperty().bind(model.enrolledProperty());
        formHeading.textProperty().bind(model.formHeadingProperty());
        notAllowed.visibleProperty().bind(model.mayEnrolProperty().not());
        serverUrl.textProperty().bindBidirectional(model.serverUrlProperty());
        pcName.textProperty().bindBidirectional(model.pcNameProperty());
        code.textProperty().bindBidirectional(model.codeProperty());
        for (TextField field : new TextField[] {serverUrl, pcName, code}) {
            field.disableProperty().bind(model.canEnrolProperty().not().or(model.confirmingProperty()));
        }
        serverError.textProperty().bind(model.serverErrorProperty());
        nameError.textProperty().bind(model.nameErrorProperty());
        codeError.textProperty().bind(model.codeErrorProperty());
        enrol.disableProperty().bind(model.canEnrolProperty().not().or(model.confirmingProperty()));
        busy.visibleProperty().bind(model.busyProperty());
        busyText.visibleProperty().bind(model.busyProperty());
        confirmation.visibleProperty().bind(model.confirmingProperty());
        warning.textProperty().bind(model.warningProperty());
        result.textProperty().bind(model.resultProperty());
        error.textProperty().bind(model.errorProperty());
        model.confirmingProperty().addListener(confirmingChanged);
        root.addEventFilter(KeyEvent.KEY_PRESSED, escape);
        model.activate();
    }

    @Override
    public void deactivate() {
        model.deactivate();
        model.confirmingProperty().removeListener(confirmingChanged);
        root.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
        serverUrl.textProperty().unbindBidirectional(model.serverUrlProperty());
        pcName.textProperty().unbindBidirectional(model.pcNameProperty());
        code.textProperty().unbindBidirectional(model.codeProperty());
        for (Label label : new Label[] {state, stateDetail, server, school, device, formHeading, serverError, nameError,
                codeError, warning, result, error}) {
            label.textProperty().unbind();
        }
        for (Node node : new Node[] {enrolledRows, syncNow, notAllowed, busy, busyText, confirmation}) {
            node.visibleProperty().unbind();
        }
        for (Node node : new Node[] {serverUrl, pcName, code, enrol}) {
            node.disableProperty().unbind();
        }
    }

    private void escapePressed(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE && model.confirmingProperty().get()) {
            model.cancel();
            event.consume();
        }
    }

    private void layout() {
        Label heading = caption("syncsettings.heading");
        heading.getStyleClass().add("screen-heading");
        Label explain = caption("syncsettings.explain");
        explain.setWrapText(true);
        explain.getStyleClass().add("screen-explain");
        VBox content = new VBox(12, heading, explain, statusCard(), formCard());
        content.getStyleClass().add("sync-screen");
        content.setMaxWidth(760);
        root.setContent(content);
        root.setFitToWidth(true);
        root.getStyleClass().add("sync-scroll");
        root.setId("sync-settings-screen");
    }

    private Node statusCard() {
        Label title = caption("syncsettings.status");
        title.getStyleClass().add("card-title");
        state.setId("sync-settings-state");
        state.getStyleClass().add("sync-settings-state");
        stateDetail.setId("sync-settings-detail");
        stateDetail.setWrapText(true);
        stateDetail.getStyleClass().add("hint");
        server.setId("sync-enrolled-server");
        school.setId("sync-enrolled-school");
        device.setId("sync-enrolled-device");
        enrolledRows.getChildren().setAll(row("syncsettings.enrolled.server", server),
                row("syncsettings.enrolled.school", school), row("syncsettings.enrolled.device", device));
        enrolledRows.managedProperty().bind(enrolledRows.visibleProperty());
        syncNow.setId("sync-now");
        syncNow.textProperty().bind(i18n.bind("syncsettings.syncNow"));
        syncNow.setOnAction(e -> model.syncNow());
        syncNow.managedProperty().bind(syncNow.visibleProperty());
        VBox card = new VBox(8, title, state, stateDetail, enrolledRows, syncNow);
        card.getStyleClass().add("sync-card");
        return card;
    }

    private Node row(String key, Label value) {
        Label name = caption(key);
        name.getStyleClass().add("field-name");
        name.setMinWidth(150);
        value.getStyleClass().add("field-value");
        HBox line = new HBox(8, name, value);
        line.setAlignment(Pos.BASELINE_LEFT);
        return line;
    }

    private Node formCard() {
        formHeading.getStyleClass().add("card-title");
        notAllowed.textProperty().bind(i18n.bind("syncsettings.notAllowed"));
        notAllowed.setId("sync-not-allowed");
        notAllowed.getStyleClass().add("banner");
        notAllowed.setWrapText(true);
        notAllowed.setMaxWidth(Double.MAX_VALUE);
        notAllowed.managedProperty().bind(notAllowed.visibleProperty());
        serverUrl.setId("sync-server-url");
        serverUrl.promptTextProperty().bind(i18n.bind("syncsettings.server.prompt"));
        pcName.setId("sync-pc-name");
        pcName.promptTextProperty().bind(i18n.bind("syncsettings.pcName.prompt"));
        code.setId("sync-code");
        code.promptTextProperty().bind(i18n.bind("syncsettings.code.prompt"));
        for (TextField field : new TextField[] {serverUrl, pcName, code}) {
            field.setOnAction(e -> model.enrol());
        }
        Label codeHint = caption("syncsettings.code.hint");
        codeHint.getStyleClass().add("hint");
        codeHint.setWrapText(true);
        serverError.setId("sync-server-error");
        nameError.setId("sync-name-error");
        codeError.setId("sync-code-error");
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(200);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(names, fields);
        int line = 0;
        line = field(form, line, "syncsettings.server", serverUrl, serverError, null);
        line = field(form, line, "syncsettings.pcName", pcName, nameError, null);
        field(form, line, "syncsettings.code", code, codeError, codeHint);

        enrol.setId("sync-enrol");
        enrol.textProperty().bind(i18n.bind("syncsettings.enrol"));
        enrol.getStyleClass().add("primary-button");
        enrol.setOnAction(e -> model.enrol());
        busy.setId("sync-busy");
        busy.setPrefSize(22, 22);
        busy.managedProperty().bind(busy.visibleProperty());
        busyText.textProperty().bind(i18n.bind("syncsettings.busy"));
        busyText.managedProperty().bind(busyText.visibleProperty());
        HBox actions = new HBox(10, enrol, busy, busyText);
        actions.setAlignment(Pos.CENTER_LEFT);

        warning.setId("sync-warning");
        warning.getStyleClass().add("banner");
        warning.setWrapText(true);
        warning.setMaxWidth(Double.MAX_VALUE);
        confirm.setId("sync-confirm");
        confirm.textProperty().bind(i18n.bind("syncsettings.confirm"));
        confirm.getStyleClass().add("primary-button");
        confirm.setOnAction(e -> model.confirm());
        cancel.setId("sync-cancel");
        cancel.textProperty().bind(i18n.bind("syncsettings.cancel"));
        cancel.setOnAction(e -> model.cancel());
        cancel.setCancelButton(false);
        HBox confirmActions = new HBox(10, confirm, cancel);
        confirmation.getChildren().setAll(warning, confirmActions);
        confirmation.managedProperty().bind(confirmation.visibleProperty());

        result.setId("sync-result");
        result.getStyleClass().add("success-text");
        result.setWrapText(true);
        error.setId("sync-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        for (Label message : new Label[] {result, error}) {
            message.visibleProperty().bind(message.textProperty().isNotEmpty());
            message.managedProperty().bind(message.visibleProperty());
        }
        VBox card = new VBox(10, formHeading, notAllowed, form, actions, confirmation, result, error);
        card.getStyleClass().add("sync-card");
        return card;
    }

    private int field(GridPane form, int line, String key, TextField field, Label error, Label hint) {
        Label name = caption(key);
        name.setLabelFor(field);
        name.getStyleClass().add("field-name");
        form.add(name, 0, line);
        form.add(field, 1, line++);
        if (hint != null) {
            form.add(hint, 1, line++);
        }
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        form.add(error, 1, line++);
        return line;
    }

    private Label caption(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(key));
        return label;
    }
}
