package vn.truongso.app.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.truongso.app.common.StatusModel;
import vn.truongso.app.common.View;
import vn.truongso.app.i18n.I18n;

/**
 * The main window: header (name, roles, log out), navigation by role, the current screen, and the status bar.
 * Screens are made on first use and activated/deactivated as the navigation switches.
 */
public final class MainView implements View {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final MainViewModel model;
    private final I18n i18n;
    private final Map<NavEntry, Supplier<View>> factories;
    private final Map<NavEntry, View> screens = new EnumMap<>(NavEntry.class);
    private final BorderPane root = new BorderPane();
    private final VBox navigation = new VBox(4);
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Label status = new Label();
    private final ChangeListener<NavEntry> entryChanged = (obs, old, now) -> show(old, now);
    private final ChangeListener<StatusModel.Status> statusChanged = (obs, old, now) -> showStatus(now);
    private final View statusPart;
    // Ctrl+1..9 opens the navigation's entries from anywhere in the window: the navigation is keyboard-usable
    // without taking Tab from the grid, where Tab moves between cells.
    private final EventHandler<KeyEvent> shortcuts = this::shortcut;

    public MainView(MainViewModel model, I18n i18n, Map<NavEntry, Supplier<View>> factories) {
        this(model, i18n, factories, null);
    }

    /** With {@code statusPart} (the sync status) at the right of the status bar; activated with the window. */
    public MainView(MainViewModel model, I18n i18n, Map<NavEntry, Supplier<View>> factories, View statusPart) {
        this.model = model;
        this.i18n = i18n;
        this.factories = factories;
        this.statusPart = statusPart;
        layout();
    }

    @Override
    public Parent root() {
        return root;
    }

    /** The screen shown for an entry, once it has been opened. */
    public View screen(NavEntry entry) {
        return screens.get(entry);
    }

    @Override
    public void activate() {
        model.selectedProperty().addListener(entryChanged);
        model.status().statusProperty().addListener(statusChanged);
        showStatus(model.status().current());
        root.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        if (statusPart != null) {
            statusPart.activate();
        }
        show(null, model.selectedProperty().get());
    }

    @Override
    public void deactivate() {
        model.selectedProperty().removeListener(entryChanged);
        model.status().statusProperty().removeListener(statusChanged);
        root.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        if (statusPart != null) {
            statusPart.deactivate();
        }
        View current = screens.get(model.selectedProperty().get());
        if (current != null) {
            current.deactivate();
        }
    }

    private void shortcut(KeyEvent event) {
        if (event.isShortcutDown() && !event.isAltDown() && event.getCode().isDigitKey()) {
            String digit = event.getCode().getChar();
            if (digit.length() == 1 && Character.isDigit(digit.charAt(0))
                    && model.selectByShortcut(digit.charAt(0) - '0')) {
                event.consume();
            }
        }
    }

    private void show(NavEntry old, NavEntry now) {
        if (old != null && screens.containsKey(old)) {
            screens.get(old).deactivate();
        }
        if (now == null) {
            root.setCenter(null);
            return;
        }
        View screen = screens.computeIfAbsent(now, entry -> factories.get(entry).get());
        root.setCenter(screen.root());
        screen.activate();
        navGroup.getToggles().stream().filter(t -> t.getUserData() == now).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    private void showStatus(StatusModel.Status now) {
        boolean empty = now.text().isEmpty();
        status.setText(empty ? i18n.get("shell.ready") : now.text());
        status.pseudoClassStateChanged(ERROR, now.severity() == StatusModel.Severity.ERROR);
    }

    private void layout() {
        root.getStyleClass().add("shell");
        root.setTop(header());
        root.setLeft(navigation);
        navigation.getStyleClass().add("navigation");
        model.entries().forEach(entry -> navigation.getChildren().add(navButton(entry)));
        status.setId("status-text");
        status.getStyleClass().add("status-text");
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bar = new HBox(12, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        if (statusPart != null) {
            bar.getChildren().add(statusPart.root());
        }
        bar.getStyleClass().add("status-bar");
        root.setBottom(bar);
        BorderPane.setMargin(navigation, new Insets(0));
    }

    private HBox header() {
        Label app = new Label();
        app.textProperty().bind(i18n.bind("app.title"));
        app.getStyleClass().add("app-name");
        Label person = new Label(model.personName());
        person.setId("person-name");
        person.getStyleClass().add("person-name");
        Label roles = new Label(model.rolesText());
        roles.setId("person-roles");
        roles.getStyleClass().add("person-roles");
        Button logout = new Button();
        logout.setId("logout");
        logout.textProperty().bind(i18n.bind("shell.logout"));
        logout.setOnAction(e -> model.logout());
        logout.setFocusTraversable(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox who = new VBox(0, person, roles);
        who.setAlignment(Pos.CENTER_RIGHT);
        HBox header = new HBox(12, app, spacer, who, logout);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header");
        return header;
    }

    private ToggleButton navButton(NavEntry entry) {
        ToggleButton button = new ToggleButton(model.entryLabel(entry));
        button.setId("nav-" + entry.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        button.setUserData(entry);
        button.setToggleGroup(navGroup);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setFocusTraversable(false);
        button.getStyleClass().add("nav-button");
        String shortcut = model.shortcutText(entry);
        if (!shortcut.isEmpty()) {
            button.setTooltip(new Tooltip(shortcut));
        }
        button.setOnAction(e -> {
            button.setSelected(true); // clicking the shown entry again must not leave none selected
            model.selectedProperty().set(entry);
        });
        return button;
    }
}
