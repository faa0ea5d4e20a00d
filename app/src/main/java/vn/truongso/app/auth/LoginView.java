package vn.truongso.app.auth;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.truongso.app.common.View;
import vn.truongso.app.i18n.I18n;

/** The login screen: username, password, sign in (Enter works), the error, and the Tiếng Việt / English switch. */
public final class LoginView implements View {
    private final LoginViewModel model;
    private final I18n i18n;
    private final StackPane root = new StackPane();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Button submit = new Button();
    private final Label error = new Label();
    private final Label notice = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final ToggleButton vietnamese = new ToggleButton("Tiếng Việt");
    private final ToggleButton english = new ToggleButton("English");

    private final View footer;

    public LoginView(LoginViewModel model, I18n i18n) {
        this(model, i18n, null);
    }

    /** With {@code footer} (the sync status of an enrolled PC) at the bottom right, activated with the screen. */
    public LoginView(LoginViewModel model, I18n i18n, View footer) {
        this.model = model;
        this.i18n = i18n;
        this.footer = footer;
        layout();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        username.textProperty().bindBidirectional(model.usernameProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        error.textProperty().bind(model.errorTextProperty());
        notice.textProperty().bind(model.noticeTextProperty());
        busy.visibleProperty().bind(model.busyProperty());
        submit.disableProperty().bind(model.busyProperty());
        vietnamese.setSelected(isVietnamese(model.languageProperty().get()));
        english.setSelected(!vietnamese.isSelected());
        if (footer != null) {
            footer.activate();
        }
        username.requestFocus();
    }

    @Override
    public void deactivate() {
        username.textProperty().unbindBidirectional(model.usernameProperty());
        password.textProperty().unbindBidirectional(model.passwordProperty());
        error.textProperty().unbind();
        notice.textProperty().unbind();
        busy.visibleProperty().unbind();
        submit.disableProperty().unbind();
        if (footer != null) {
            footer.deactivate();
        }
    }

    private void layout() {
        Label title = new Label();
        title.textProperty().bind(i18n.bind("app.title"));
        title.getStyleClass().add("login-title");
        Label heading = new Label();
        heading.textProperty().bind(i18n.bind("login.subtitle"));
        heading.getStyleClass().add("login-subtitle");
        username.setId("login-username");
        username.promptTextProperty().bind(i18n.bind("login.username"));
        password.setId("login-password");
        password.promptTextProperty().bind(i18n.bind("login.password"));
        submit.setId("login-submit");
        submit.textProperty().bind(i18n.bind("login.submit"));
        submit.setDefaultButton(true); // Enter in either field signs in
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.setOnAction(e -> model.signIn());
        error.setId("login-error");
        error.getStyleClass().add("login-error");
        error.setWrapText(true);
        busy.setPrefSize(22, 22);
        busy.managedProperty().bind(busy.visibleProperty()); // the button keeps the full width when idle
        notice.setId("login-notice");
        notice.getStyleClass().add("banner");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox card = new VBox(10, title, heading, notice, caption("login.username"), username, caption("login.password"),
                password, new HBox(8, submit, busy), error, languageSwitch());
        HBox.setHgrow(submit, Priority.ALWAYS);
        card.getStyleClass().add("login-card");
        card.setMaxSize(380, Region.USE_PREF_SIZE);
        root.getChildren().setAll(card);
        root.setAlignment(Pos.CENTER);
        if (footer != null) {
            Parent status = footer.root();
            status.getStyleClass().add("login-footer");
            root.getChildren().add(status);
            StackPane.setAlignment(status, Pos.BOTTOM_RIGHT);
            if (status instanceof Region region) {
                region.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            }
        }
        root.getStyleClass().add("login");
    }

    private Label caption(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(key));
        return label;
    }

    private HBox languageSwitch() {
        ToggleGroup group = new ToggleGroup();
        vietnamese.setToggleGroup(group);
        english.setToggleGroup(group);
        vietnamese.setId("language-vi");
        english.setId("language-en");
        vietnamese.setOnAction(e -> choose(I18n.VIETNAMESE, vietnamese));
        english.setOnAction(e -> choose(I18n.ENGLISH, english));
        Label label = caption("login.language");
        HBox box = new HBox(6, label, vietnamese, english);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("language-switch");
        return box;
    }

    // A toggle group lets the selected button be unselected; keep exactly one language chosen.
    private void choose(Locale locale, ToggleButton button) {
        button.setSelected(true);
        model.languageProperty().set(locale);
    }

    private static boolean isVietnamese(Locale locale) {
        return "vi".equals(locale.getLanguage());
    }
}
