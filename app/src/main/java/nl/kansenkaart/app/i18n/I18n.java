package nl.kansenkaart.app.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import nl.kansenkaart.render.MapText;

/**
 * The user-interface language, switchable while the app runs: controls bind their texts to
 * {@link #text(String)}, so changing {@link #localeProperty()} relabels the whole window at once.
 * Dutch is the default; English is the alternative.
 */
public final class I18n {

    public static final Locale DUTCH = MapText.DUTCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

    private static final String BUNDLE = "nl.kansenkaart.app.i18n.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(DUTCH);

    public I18n(Locale initial) {
        locale.set(supported(initial));
    }

    /** The supported locale for a language tag such as "nl" or "en"; Dutch for anything else. */
    public static Locale supported(Locale l) {
        return l != null && l.getLanguage().equals(ENGLISH.getLanguage()) ? ENGLISH : DUTCH;
    }

    /** Looked up on every use (ResourceBundle caches): a binding may be re-evaluated before any listener of ours runs. */
    private static ResourceBundle bundle(Locale l) {
        // No fallback to the JVM's locale: Dutch must stay Dutch on an English laptop.
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public void setLocale(Locale l) {
        locale.set(supported(l));
    }

    /** Map and legend texts in the current language. */
    public MapText mapText() {
        return MapText.of(locale.get());
    }

    public String get(String key) {
        try {
            return bundle(locale.get()).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing UI text '" + key + "' for " + locale.get() + " (broken build?)", e);
        }
    }

    /** Whether the bundle has a text (optional texts such as column tooltips). */
    public boolean has(String key) {
        return bundle(locale.get()).containsKey(key);
    }

    /** A message with arguments, numbers formatted the local way (1.234 in Dutch, 1,234 in English). */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale.get()).format(args);
    }

    /** A text that follows the language. */
    public StringBinding text(String key) {
        return Bindings.createStringBinding(() -> get(key), locale);
    }

    /** A text that follows the language and whatever else {@code compute} reads from {@code dependencies}. */
    public StringBinding text(Callable<String> compute, ObservableValue<?>... dependencies) {
        ObservableValue<?>[] all = new ObservableValue<?>[dependencies.length + 1];
        all[0] = locale;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        return Bindings.createStringBinding(compute, all);
    }
}
