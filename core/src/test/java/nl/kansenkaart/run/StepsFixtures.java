package nl.kansenkaart.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.geo.Pc4Table;
import nl.kansenkaart.geo.Regions;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.NotificationKind;
import nl.kansenkaart.model.Party;
import nl.kansenkaart.model.WasteRecord;
import nl.kansenkaart.project.CompanyStore;
import nl.kansenkaart.project.ImportLog;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.RegionSetup;
import nl.kansenkaart.project.WasteRecordStore;

/**
 * A small Noord-Holland project made by hand: greenhouses around Aalsmeer, a cocoa factory in
 * Zaandam, a waste-to-energy plant and a wastewater plant in Amsterdam-Westpoort, a collector, a
 * paper mill, a flower auction; LMA records for 2022 and 2023. The expected figures of the tests are
 * worked out from these numbers.
 */
public final class StepsFixtures {

    private StepsFixtures() {}

    static double[] at(String pc4, double dx, double dy) {
        Pc4Table.Pc4 p = Pc4Table.get().find(pc4);
        return new double[] {p.x() + dx, p.y() + dy};
    }

    static Company company(String ref, String name, String sbi, Integer jobs, Double value, String postcode, String town,
                           double[] xy, LocationPrecision precision, Map<String, String> attributes) {
        Location loc = xy == null ? Location.NONE : Location.rd(xy[0], xy[1], precision);
        return new Company(ref, name, sbi, jobs, null, value, new Address("Straat", "1", postcode, town), loc, null, "fixture", attributes);
    }

    public static List<Company> companies() {
        List<Company> c = new ArrayList<>();
        c.add(company("GH1", "Kwekerij De Bloem B.V.", "01192", 20, 2.0e6, "1431AB", "Aalsmeer", at("1431", 0, 0), LocationPrecision.COORDINATES, Map.of()));
        c.add(company("GH2", "Tomatenkwekerij Zuid", "01132", 10, 1.5e6, "1431CD", "Aalsmeer", at("1431", 400, 0), LocationPrecision.COORDINATES, Map.of()));
        c.add(company("GH3", "Potplanten Aalsmeer V.O.F.", "01304", 30, null, "1431EF", "Aalsmeer", at("1431", 0, 600), LocationPrecision.PC6, Map.of()));
        c.add(company("GH4", "Kas Andijk", "01132", 5, null, "1619AA", "Andijk", at("1619", 0, 0), LocationPrecision.PC4, Map.of()));
        c.add(company("FOOD1", "Cacaofabriek Zaan B.V.", "10821", 100, 50e6, "1506AA", "Zaandam", at("1506", 0, 0), LocationPrecision.COORDINATES, Map.of()));
        c.add(company("AVI", "Afval Energie Westpoort", "3821", 50, 80e6, "1047AB", "Amsterdam", at("1047", 0, 0), LocationPrecision.COORDINATES, Map.of()));
        c.add(company("COL", "Inzameling Noord B.V.", "3811", 20, 3e6, "1033AA", "Amsterdam", at("1033", 0, 0), LocationPrecision.COORDINATES, Map.of()));
        c.add(company("RWZI1", "RWZI Amsterdam-West", "3700", 12, null, "1047CD", "Amsterdam", at("1047", 800, 0), LocationPrecision.COORDINATES,
                Map.of("capacity_pe", "733320")));
        c.add(company("RWZI2", "Rwzi Edam", "3700", 5, null, "1135AA", "Edam", at("1135", 0, 0), LocationPrecision.PC4, Map.of()));
        c.add(company("PAPER", "Papierfabriek De Zaan", "17122", 60, 40e6, "1521AA", "Wormerveer", at("1521", 0, 0), LocationPrecision.COORDINATES, Map.of()));
        c.add(company("TRADE", "Bloemenveiling Aalsmeer", "4622", 200, 300e6, "1431GH", "Aalsmeer", at("1431", -300, 300), LocationPrecision.COORDINATES, Map.of()));
        c.add(company("NOSBI", "Onbekend Bedrijf", null, 3, null, "1011AA", "Amsterdam", at("1011", 0, 0), LocationPrecision.PC4, Map.of()));
        return c;
    }

    /** Total jobs of the establishments with an SBI code: the region's J(R) of the Balassa index. */
    static final int REGION_JOBS = 20 + 10 + 30 + 5 + 100 + 50 + 20 + 12 + 5 + 60 + 200;

    static WasteRecord record(int year, int month, String eural, String method, double kg, boolean route, String ontdoener,
                              String ontdoenerPc, String originPc, String processor, String processorPc) {
        return new WasteRecord(NotificationKind.RECEIPT, "S-" + ontdoener.hashCode() + "-" + eural, eural, false, null, method, true,
                route, false, year, month, kg, 1, new Party(ontdoener, new Address(null, null, ontdoenerPc, null), "NL"),
                new Party(null, new Address(null, null, originPc, null), "NL"),
                new Party(processor, new Address(null, null, processorPc, null), "NL"), Location.NONE, "fixture.csv", 0, Map.of());
    }

    static List<WasteRecord> records() {
        List<WasteRecord> r = new ArrayList<>();
        // 12 x 10 t plant-tissue waste of GH1 to composting (E03, R8): 120 t in 2023.
        for (int m = 1; m <= 12; m++) r.add(record(2023, m, "020103", "E03", 10_000, false, "KWEKERIJ DE BLOEM BV", null, "1431 AB", "Composteerbedrijf", "1711AA"));
        // 2022 only: 50 t, left out when 2023 is analysed.
        r.add(record(2022, 6, "020103", "E03", 50_000, false, "Kwekerij De Bloem", null, "1431AB", "Composteerbedrijf", "1711AA"));
        // Cocoa shells to animal feed (B01, R8): 2 x 50 t; the origin's PC6 differs, the PC4 is unique.
        r.add(record(2023, 3, "020304", "B01", 50_000, false, "Cacaofabriek Zaan", null, "1506ZZ", "Veevoer BV", "5000AA"));
        r.add(record(2023, 9, "020304", "B01", 50_000, false, "Cacaofabriek Zaan", null, "1506ZZ", "Veevoer BV", "5000AA"));
        // Route collection by the collector, incinerated at the AVI (F01): 4 x 250 t.
        for (int m = 1; m <= 4; m++)
            r.add(record(2023, m, "200301", "F01", 250_000, true, "Inzameling Noord B.V.", "1033AA", null, "Afval Energie Westpoort", "1047AB"));
        // A producer that is not in the register, to the AVI: 500 t.
        r.add(record(2023, 5, "200301", "F01", 500_000, false, "Onbekende Producent", "9999ZZ", null, "Afval Energie Westpoort", "1047AB"));
        // Sewage sludge of the wastewater plant, incinerated elsewhere: 2,000 t.
        r.add(record(2023, 7, "190805", "F01", 2_000_000, false, "Rwzi Amsterdam West", null, "1047CD", "Slibverwerking", "3000AA"));
        return r;
    }

    public static ProjectFile create(Path file) {
        ProjectFile p = ProjectFile.create(file, "fixture");
        RegionSetup.seed(p, Regions.find("Noord-Holland").orElseThrow());
        p.transaction(c -> {
            CompanyStore.upsert(c, companies(), null);
            long id = ImportLog.add(c, "LMA", "fixture.csv", "0", 0, 0, 0, 0, null, 0, null);
            try (WasteRecordStore.Writer w = new WasteRecordStore.Writer(c, id)) {
                for (WasteRecord rec : records()) w.add(rec);
            }
            return null;
        });
        return p;
    }
}
