package nl.kansenkaart.app;

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

/** What the sample project holds today (Noord-Holland's boundaries) plus a handful of companies. */
final class SampleLikeProject {

    /** A metal works in Amsterdam Westpoort, at its address. */
    static final Company METAL = company("T1", "Metaalbewerking Westpoort", "2562", 114_900, 490_300, LocationPrecision.ADDRESS);
    static final Company GROWER = company("T2", "Kwekerij Aalsmeer", "0113", 110_500, 476_500, LocationPrecision.PC4);
    static final Company BUILDER = company("T3", "Bouwbedrijf Alkmaar", "4120", 111_300, 516_400, LocationPrecision.COORDINATES);
    static final Company WASTE = company("T4", "Afvalverwerking Zaanstad", "3821", 116_700, 495_700, LocationPrecision.ADDRESS);
    static final Company BAKERY = company("T5", "Bakkerij Hoorn", "1071", 131_000, 518_000, LocationPrecision.ADDRESS);

    private SampleLikeProject() {}

    static Path create(Path dir) {
        Path file = dir.resolve("sample-like.kansenkaart");
        try (ProjectFile p = ProjectFile.create(file, "Voorbeeld Noord-Holland")) {
            RegionSetup.seed(p, Regions.find("Noord-Holland").orElseThrow());
            p.transaction(c -> {
                CompanyStore.upsert(c, List.of(METAL, GROWER, BUILDER, WASTE, BAKERY), null);
                return null;
            });
        }
        return file;
    }

    private static Company company(String ref, String name, String sbi, double x, double y, LocationPrecision precision) {
        return new Company(ref, name, sbi, null, null, null, Address.EMPTY, Location.rd(x, y, precision), null, "test", Map.of());
    }
}
