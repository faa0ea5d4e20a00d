package vn.truongso.app.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.truongso.app.common.Async;
import vn.truongso.app.i18n.I18n;

/**
 * The login form's state. Checking the password (Argon2id, ~100 ms) runs off the UI thread; the error is kept as a
 * message key so that it follows the language switch.
 */
public final class LoginViewModel {
    private final AuthService auth;
    private final I18n i18n;
    private final Async async;
    private final Consumer<Session> onSignedIn;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<String> errorKey = new SimpleObjectProperty<>();
    private final StringBinding errorText;
    private final ObjectProperty<Object[]> notice = new SimpleObjectProperty<>();
    private final StringBinding noticeText;

    public LoginViewModel(AuthService auth, I18n i18n, Async async, Consumer<Session> onSignedIn) {
        this.auth = auth;
        this.i18n = i18n;
        this.async = async;
        this.onSignedIn = onSignedIn;
        this.errorText = Bindings.createStringBinding(
                () -> errorKey.get() == null ? "" : i18n.get(errorKey.get()), errorKey, i18n.localeProperty());
        this.noticeText = Bindings.createStringBinding(() -> {
            Object[] shown = notice.get();
            return shown == null ? "" : i18n.get((String) shown[0], Arrays.copyOfRange(shown, 1, shown.length));
        }, notice, i18n.localeProperty());
    }

    /** A notice above the form (e.g. "this PC now belongs to school X: sign in with its accounts"). */
    public void showNotice(String key, Object... args) {
        Object[] shown = new Object[args.length + 1];
        shown[0] = key;
        System.arraycopy(args, 0, shown, 1, args.length);
        notice.set(shown);
    }

    public StringBinding noticeTextProperty() {
        return noticeText;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringBinding errorTextProperty() {
        return errorText;
    }

    public ObjectProperty<Locale> languageProperty() {
        return i18n.localeProperty();
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        String user = username.get().strip();
        if (user.isEmpty() || password.get().isEmpty()) {
            errorKey.set("login.missing");
            return;
        }
        char[] secret = password.get().toCharArray();
        busy.set(true);
        errorKey.set(null);
        async.run(() -> auth.login(user, secret), session -> finished(session, secret), error -> failed(secret));
    }

    private void finished(Optional<Session> session, char[] secret) {
        Arrays.fill(secret, '\0');
        busy.set(false);
        password.set("");
        session.ifPresentOrElse(onSignedIn, () -> errorKey.set("login.failed"));
    }

    private void failed(char[] secret) {
        Arrays.fill(secret, '\0');
        busy.set(false);
        errorKey.set("login.error");
    }
}
