package nl.kansenkaart.app.imports;

import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.io.ImportKind;
import nl.kansenkaart.io.Importer;
import nl.kansenkaart.io.companies.CompanyImporter;
import nl.kansenkaart.io.layers.BoundaryImporter;
import nl.kansenkaart.io.layers.GeocodeTableImporter;

/** Core's importer for each kind of file that this build can import. */
public final class AvailableImporters {

    private AvailableImporters() {}

    public static Importer forKind(ImportKind kind) {
        return switch (kind) {
            case COMPANIES -> new CompanyImporter();
            case BOUNDARIES -> new BoundaryImporter();
            case GEOCODE_TABLE -> new GeocodeTableImporter();
            case LMA -> throw new KansenkaartException("the LMA importer is not in this build");
        };
    }
}
