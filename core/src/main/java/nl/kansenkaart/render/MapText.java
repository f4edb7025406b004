package nl.kansenkaart.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts that end up on a map or legend (layer titles, SBI section names), in Dutch (default) or
 * English. Lives in core because exports from the command line draw the same maps as the app.
 */
public final class MapText {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static final String BUNDLE = "nl.kansenkaart.render.maptext";

    private final Locale locale;
    private final ResourceBundle bundle;

    private MapText(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** Texts for {@code locale}; anything but English gets Dutch, whatever the JVM's default locale. */
    public static MapText of(Locale locale) {
        // No fallback to the JVM locale: on an English laptop "nl" must still give the Dutch base bundle.
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MapText(locale, b);
    }

    public static MapText dutch() {
        return of(DUTCH);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing map text '" + key + "' for " + locale + " (broken build?)", e);
        }
    }

    /** A text with arguments, numbers written the local way (1.234 in Dutch, 1,234 in English). */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** Whether the texts are English (node labels that core keeps in Dutch are then translated where possible). */
    public boolean isEnglish() {
        return locale.getLanguage().equals("en");
    }

    /** Short name of an SBI section (A..U); "SBI unknown" for null or anything else. */
    public String sbiSection(String letter) {
        return letter != null && letter.length() == 1 && bundle.containsKey("sbi." + letter) ? get("sbi." + letter) : get("sbi.unknown");
    }
}
