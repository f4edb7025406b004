package nl.kansenkaart.app;

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
 * A small Noord-Holland project for the analysis views: three greenhouses near Aalsmeer (one with
 * its own LMA records: plant tissue to composting), a waste-to-energy plant, a wastewater plant, a
 * cocoa factory, a paper mill, a flower auction, a builder, a hospital, a haulier and a hotel, on
 * real postcode areas.
 */
final class StepsProject {

    private StepsProject() {}

    static double[] at(String pc4, double dx, double dy) {
        Pc4Table.Pc4 p = Pc4Table.get().find(pc4);
        return new double[] {p.x() + dx, p.y() + dy};
    }

    private static Company company(String ref, String name, String sbi, int jobs, Double value, String postcode, String town, double[] xy) {
        return new Company(ref, name, sbi, jobs, null, value, new Address("Straat", "1", postcode, town),
                Location.rd(xy[0], xy[1], LocationPrecision.COORDINATES), null, "test", Map.of());
    }

    static List<Company> companies() {
        return List.of(
                company("GH1", "Kwekerij De Bloem B.V.", "01192", 20, 2.0e6, "1431AB", "Aalsmeer", at("1431", 0, 0)),
                company("GH2", "Tomatenkwekerij Zuid", "01132", 10, 1.5e6, "1431CD", "Aalsmeer", at("1431", 400, 0)),
                company("GH3", "Potplanten Aalsmeer", "01304", 30, null, "1431EF", "Aalsmeer", at("1431", 0, 600)),
                company("FOOD1", "Cacaofabriek Zaan B.V.", "10821", 100, 50e6, "1506AA", "Zaandam", at("1506", 0, 0)),
                company("AVI", "Afval Energie Westpoort", "3821", 50, 80e6, "1047AB", "Amsterdam", at("1047", 0, 0)),
                company("RWZI1", "RWZI Amsterdam-West", "3700", 12, null, "1047CD", "Amsterdam", at("1047", 800, 0)),
                company("PAPER", "Papierfabriek De Zaan", "17122", 60, 40e6, "1521AA", "Wormerveer", at("1521", 0, 0)),
                company("TRADE", "Bloemenveiling Aalsmeer", "4622", 200, 300e6, "1431GH", "Aalsmeer", at("1431", -300, 300)),
                company("BUILD", "Bouwbedrijf Alkmaar", "4120", 40, 8e6, "1823CW", "Alkmaar", at("1823", 0, 0)),
                company("HOSP", "Ziekenhuis Hoorn", "8610", 900, 90e6, "1624NP", "Hoorn", at("1624", 0, 0)),
                company("TRUCK", "Transport Haarlem", "4941", 30, 5e6, "2031BA", "Haarlem", at("2031", 0, 0)),
                company("HOTEL", "Hotel Zandvoort", "5510", 25, 2e6, "2042AA", "Zandvoort", at("2042", 0, 0)));
    }

    private static WasteRecord record(int month, String eural, String method, double kg, String ontdoener, String originPc,
                                      String processor, String processorPc) {
        return new WasteRecord(NotificationKind.RECEIPT, "S-" + ontdoener.hashCode() + "-" + eural, eural, false, null, method, true,
                false, false, 2023, month, kg, 1, new Party(ontdoener, new Address(null, null, null, null), "NL"),
                new Party(null, new Address(null, null, originPc, null), "NL"),
                new Party(processor, new Address(null, null, processorPc, null), "NL"), Location.NONE, "test.csv", 0, Map.of());
    }

    static List<WasteRecord> records() {
        List<WasteRecord> r = new ArrayList<>();
        // 12 x 10 t of plant tissue from GH1 to composting (E03, R8).
        for (int m = 1; m <= 12; m++) r.add(record(m, "020103", "E03", 10_000, "KWEKERIJ DE BLOEM BV", "1431 AB", "Composteerbedrijf", "1711AA"));
        // Cocoa shells to animal feed (B01, R8).
        r.add(record(3, "020304", "B01", 50_000, "Cacaofabriek Zaan", "1506AA", "Veevoer BV", "5000AA"));
        // Sewage sludge incinerated elsewhere (F01, R9).
        r.add(record(7, "190805", "F01", 2_000_000, "Rwzi Amsterdam West", "1047CD", "Slibverwerking", "3000AA"));
        return r;
    }

    static Path create(Path dir) {
        Path file = dir.resolve("steps.kansenkaart");
        try (ProjectFile p = ProjectFile.create(file, "Stappen Noord-Holland")) {
            RegionSetup.seed(p, Regions.find("Noord-Holland").orElseThrow());
            p.transaction(c -> {
                CompanyStore.upsert(c, companies(), null);
                long id = ImportLog.add(c, "lma", "test.csv", "0", 0, 0, 0, 0, null, 0, null);
                try (WasteRecordStore.Writer w = new WasteRecordStore.Writer(c, id)) {
                    for (WasteRecord rec : records()) w.add(rec);
                }
                return null;
            });
        }
        return file;
    }
}
