package nl.kansenkaart.app.imports;

import java.util.List;
import java.util.Locale;
import javafx.stage.FileChooser;
import nl.kansenkaart.app.i18n.I18n;
import nl.kansenkaart.io.ImportKind;

/** What the app calls each kind of import and which files its chooser offers. */
public final class ImportKinds {

    private ImportKinds() {}

    /** "LMA-extract", "Bedrijvenbestand", ... in the UI language. */
    public static String label(ImportKind kind, I18n i18n) {
        return i18n.get("import.kind." + kind.key());
    }

    static List<String> patterns(ImportKind kind) {
        return switch (kind) {
            case LMA -> List.of("*.csv", "*.xlsx", "*.txt");
            case COMPANIES -> List.of("*.csv", "*.xlsx");
            case BOUNDARIES -> List.of("*.geojson", "*.json", "*.gpkg", "*.shp");
            case GEOCODE_TABLE -> List.of("*.csv");
        };
    }

    public static FileChooser.ExtensionFilter filter(ImportKind kind, I18n i18n) {
        List<String> p = patterns(kind);
        return new FileChooser.ExtensionFilter(label(kind, i18n) + " (" + String.join(", ", p).toLowerCase(Locale.ROOT) + ")", p);
    }
}
