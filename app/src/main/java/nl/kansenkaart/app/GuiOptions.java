package nl.kansenkaart.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the {@code gui} command hands to the JavaFX application. JavaFX passes only strings, so
 * the options travel as named parameters ({@code --project=...}) and are read back here.
 *
 * @param project    the project to open (never null: the sample when none was given)
 * @param screenshot PNG to write of the window, after which the app exits; null for a normal session
 * @param locale     the UI language asked for, or null for the remembered one
 * @param tab        the analysis tab to show first (one of {@link #TABS}), or null
 * @param cluster    the sector cluster to show first, or null
 * @param dialog     a dialog to open at the start (one of {@link #DIALOGS}), or null; a screenshot then shows it
 */
record GuiOptions(Path project, Path screenshot, Locale locale, int width, int height, String tab, String cluster, String dialog) {

    static final List<String> TABS = List.of("clusters", "materials", "checklist", "sankey", "matched-flows", "matches", "unmatched",
            "take-bring", "compare");
    /** Dialogs that can be opened at the start (and shot instead of the window). */
    static final List<String> DIALOGS = List.of("export");

    static final int DEFAULT_WIDTH = 1600;
    static final int DEFAULT_HEIGHT = 1000;

    String[] toArgs() {
        List<String> args = new ArrayList<>();
        args.add("--project=" + project);
        if (screenshot != null) args.add("--screenshot=" + screenshot);
        if (locale != null) args.add("--lang=" + locale.getLanguage());
        args.add("--width=" + width);
        args.add("--height=" + height);
        if (tab != null) args.add("--tab=" + tab);
        if (cluster != null) args.add("--cluster=" + cluster);
        if (dialog != null) args.add("--dialog=" + dialog);
        return args.toArray(String[]::new);
    }

    static GuiOptions fromNamed(Map<String, String> named) {
        String screenshot = named.get("screenshot");
        String lang = named.get("lang");
        return new GuiOptions(Path.of(named.get("project")), screenshot == null ? null : Path.of(screenshot),
                lang == null ? null : Locale.forLanguageTag(lang),
                Integer.parseInt(named.getOrDefault("width", Integer.toString(DEFAULT_WIDTH))),
                Integer.parseInt(named.getOrDefault("height", Integer.toString(DEFAULT_HEIGHT))), named.get("tab"), named.get("cluster"),
                named.get("dialog"));
    }
}
