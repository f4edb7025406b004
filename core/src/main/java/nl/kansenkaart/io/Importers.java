package nl.kansenkaart.io;

import nl.kansenkaart.io.companies.CompanyImporter;
import nl.kansenkaart.io.layers.BoundaryImporter;
import nl.kansenkaart.io.layers.GeocodeTableImporter;
import nl.kansenkaart.io.lma.LmaImporter;

/** The importer for each kind of file: one place for the CLI and the app to dispatch. */
public final class Importers {

    private Importers() {}

    public static Importer forKind(ImportKind kind) {
        return switch (kind) {
            case LMA -> new LmaImporter();
            case COMPANIES -> new CompanyImporter();
            case BOUNDARIES -> new BoundaryImporter();
            case GEOCODE_TABLE -> new GeocodeTableImporter();
        };
    }
}
