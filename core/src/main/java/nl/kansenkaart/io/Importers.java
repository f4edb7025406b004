package nl.kansenkaart.io;

import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.io.lma.LmaImporter;

/** The importer for each kind of file: one place for the CLI and the app to dispatch. */
public final class Importers {

    private Importers() {}

    public static Importer forKind(ImportKind kind) {
        return switch (kind) {
            case LMA -> new LmaImporter();
            case COMPANIES, BOUNDARIES, GEOCODE_TABLE -> throw new KansenkaartException(
                    "the " + kind.key().replace('_', ' ') + " importer is not in this build");
        };
    }
}
