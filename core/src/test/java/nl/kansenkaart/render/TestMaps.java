package nl.kansenkaart.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.geo.Regions;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.project.CompanyStore;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.RegionSetup;

/** A Noord-Holland project with a handful of companies on real locations, as the sample will have. */
final class TestMaps {

    /** A metal works in Amsterdam Westpoort, located at its address. */
    static final Company METAL = company("TEST-1", "Metaalbewerking Westpoort", "2562", "1047BW", 114_900, 490_300, LocationPrecision.ADDRESS);
    /** A greenhouse grower in Aalsmeer, only its postcode known. */
    static final Company GROWER = company("TEST-2", "Kwekerij Aalsmeer", "0113", "1431", 110_500, 476_500, LocationPrecision.PC4);
    static final Company CONSTRUCTION = company("TEST-3", "Bouwbedrijf Alkmaar", "4120", "1823CW", 111_300, 516_400, LocationPrecision.COORDINATES);
    static final Company WASTE = company("TEST-4", "Afvalverwerking Zaanstad", "3821", "1507DA", 116_700, 495_700, LocationPrecision.ADDRESS);
    static final Company UNLOCATED = new Company("TEST-5", "Onbekend Adres BV", "1071", null, null, null,
            new Address("Nergensstraat", "1", null, "Haarlem"), Location.NONE, null, "test", Map.of());

    static final List<Company> ALL = List.of(METAL, GROWER, CONSTRUCTION, WASTE, UNLOCATED);

    private TestMaps() {}

    static Path noordHollandWithCompanies(Path dir) {
        Path file = dir.resolve("nh.kansenkaart");
        try (ProjectFile p = ProjectFile.create(file, "Test Noord-Holland")) {
            RegionSetup.seed(p, Regions.find("Noord-Holland").orElseThrow());
            p.transaction(c -> {
                CompanyStore.upsert(c, ALL, null);
                return null;
            });
        }
        return file;
    }

    private static Company company(String ref, String name, String sbi, String postcode, double x, double y, LocationPrecision precision) {
        return new Company(ref, name, sbi, null, null, null, new Address(null, null, postcode, null),
                Location.rd(x, y, precision), null, "test", Map.of());
    }
}
