package nl.kansenkaart.app;

import java.util.Locale;
import java.util.prefs.Preferences;
import nl.kansenkaart.app.i18n.I18n;

/** Remembers the analyst's UI language between sessions (Java preferences, per user). */
final class LanguagePreference {

    private static final String KEY = "language";

    private LanguagePreference() {}

    static Locale load() {
        try {
            return I18n.supported(Locale.forLanguageTag(node().get(KEY, I18n.DUTCH.getLanguage())));
        } catch (SecurityException | IllegalStateException e) {
            return I18n.DUTCH; // a read-only or missing preference store: start in Dutch
        }
    }

    static void save(Locale locale) {
        try {
            node().put(KEY, locale.getLanguage());
        } catch (SecurityException | IllegalStateException e) {
            // not remembered: harmless, the choice still applies to this session
        }
    }

    private static Preferences node() {
        return Preferences.userNodeForPackage(LanguagePreference.class);
    }
}
