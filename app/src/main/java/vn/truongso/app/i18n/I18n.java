package vn.truongso.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The visible texts of the app in the chosen language. Vietnamese is the default; switching the locale updates every
 * text bound through {@link #bind}, so the login screen's language switch needs no reload.
 */
public final class I18n {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "vn.truongso.app.i18n.messages";
    // Without this, a missing translation would silently fall back to the JVM's default locale, not to Vietnamese.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(VIETNAMESE);

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    /** The text for {@code key} in the current language, with {@code args} put in by {@link MessageFormat}. */
    public String get(String key, Object... args) {
        String pattern = bundle(locale.get()).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /** Whether there is a text for {@code key} (for codes from elsewhere, e.g. the server's, that may be new). */
    public boolean has(String key) {
        return bundle(locale.get()).containsKey(key);
    }

    /** A text that follows the language switch. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, I18n.class.getClassLoader(), NO_FALLBACK);
    }
}
