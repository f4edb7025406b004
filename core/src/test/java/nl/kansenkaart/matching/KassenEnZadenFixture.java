package nl.kansenkaart.matching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.codes.MaterialClass;
import nl.kansenkaart.codes.MaterialClassification;
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.geo.Regions;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.Location;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.MaterialFlow;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.project.CompanyStore;
import nl.kansenkaart.project.MaterialFlowStore;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.RegionSetup;

/**
 * A Noord-Holland project shaped like the sample: what step 2 writes for the "Kassen en Zaden"
 * cluster (guide 001:347-366) at real places. The wastewater plants are the UWWTD positions with
 * the published struvite figures (Amsterdam-West 1000 t/yr, Waternet; Beverwijk, HHNK); the
 * waste-to-energy plant sits in the Amsterdam port; greenhouse demand follows the WUR key figures
 * (8,000 GJ and about 300 t CO2 per ha). Company names are invented; the figures of the companies are not real.
 */
public final class KassenEnZadenFixture {

    public static final String RWZI_AMSTERDAM = "NL11014";
    public static final String RWZI_BEVERWIJK = "NL12022";
    public static final String AEB = "AEB-AMSTERDAM";
    public static final String KAS_AALSMEER = "KAS-AALSMEER";
    public static final String KAS_RIJSENHOUT = "KAS-RIJSENHOUT";
    public static final String KAS_AGRIPORT = "KAS-AGRIPORT";
    public static final String PAPIER_VELSEN = "PAPIER-VELSEN";
    public static final String TEXTIEL_ZAANDAM = "TEXTIEL-ZAANDAM";
    public static final String KARTON_EERBEEK = "KARTON-EERBEEK";
    public static final String SLOOP_HOORN = "SLOOP-HOORN";
    public static final String BETON_ALKMAAR = "BETON-ALKMAAR";
    public static final String DRUKKERIJ_HAARLEM = "DRUKKERIJ-HAARLEM";

    private final RdNew rd = new RdNew();
    private final List<Company> companies = new ArrayList<>();
    private final List<MaterialFlow> flows = new ArrayList<>();

    public static ProjectFile create(Path file) {
        ProjectFile p = ProjectFile.create(file, "Kassen en Zaden");
        RegionSetup.seed(p, Regions.find("Noord-Holland").orElseThrow());
        KassenEnZadenFixture f = new KassenEnZadenFixture();
        f.build();
        p.transaction(c -> {
            CompanyStore.upsert(c, f.companies, null);
            MaterialFlowStore.replace(c, "step2", f.flows);
            return null;
        });
        return p;
    }

    private void build() {
        company(RWZI_AMSTERDAM, "Rwzi Amsterdam-West", "3700", 52.4000, 4.7866);
        supply(RWZI_AMSTERDAM, "resource:struvite", 1000, DataQuality.MEASURED, "Waternet, NEMO Kennislink 2014");
        company(RWZI_BEVERWIJK, "Rwzi Beverwijk", "3700", 52.4758, 4.66781);
        supply(RWZI_BEVERWIJK, "resource:struvite", 30, DataQuality.MEASURED, "HHNK, NH Nieuws 2021 (half of 60 t)");
        company(AEB, "Afval Energie Bedrijf Amsterdam", "3821", 52.4037, 4.8306);
        supply(AEB, "resource:residual_heat", 1_500_000, DataQuality.ESTIMATED, "kengetal AEC");
        supply(AEB, "resource:co2", 60_000, DataQuality.ESTIMATED, "kengetal AEC");

        company(KAS_AALSMEER, "Kwekerij Aalsmeer", "0119", 52.2600, 4.7620);
        greenhouse(KAS_AALSMEER, 10);
        company(KAS_RIJSENHOUT, "Kwekerij Rijsenhout", "0113", 52.2680, 4.7030);
        greenhouse(KAS_RIJSENHOUT, 15);
        company(KAS_AGRIPORT, "Kwekerij Agriport A7", "0113", 52.8050, 4.9900);
        greenhouse(KAS_AGRIPORT, 50);

        company(PAPIER_VELSEN, "Papier- en kartonfabriek Velsen", "1712", 52.4700, 4.6200);
        demand(PAPIER_VELSEN, "resource:fibre", 50_000, DataQuality.ESTIMATED, "kengetal papierindustrie");
        company(TEXTIEL_ZAANDAM, "Textielrecycling Zaandam", "1310", 52.4400, 4.8300);
        demand(TEXTIEL_ZAANDAM, "resource:fibre", 2_000, DataQuality.ESTIMATED, "kengetal textiel");
        company(KARTON_EERBEEK, "Kartonfabriek Eerbeek", "1712", 52.1050, 6.0590);
        demand(KARTON_EERBEEK, "resource:fibre", 100_000, DataQuality.ESTIMATED, "kengetal papierindustrie");
        company(DRUKKERIJ_HAARLEM, "Drukkerij Haarlem", "1812", 52.3800, 4.6400);
        supply(DRUKKERIJ_HAARLEM, "eural:150101", 1_200, DataQuality.MEASURED, "LMA 2023");

        company(SLOOP_HOORN, "Sloopbedrijf Hoorn", "4311", 52.6420, 5.0600);
        supply(SLOOP_HOORN, "eural:170107", 8_000, DataQuality.MEASURED, "LMA 2023");
        supply(SLOOP_HOORN, "eural:170106", 200, DataQuality.MEASURED, "LMA 2023");
        company(BETON_ALKMAAR, "Betoncentrale Alkmaar", "2363", 52.6300, 4.7500);
        demand(BETON_ALKMAAR, "resource:secondary_aggregate", 5_000, DataQuality.ESTIMATED, "kengetal betonindustrie");
    }

    /** Demand per ha from the WUR Energiemonitor key figures; crop residues as supply. */
    private void greenhouse(String ref, double ha) {
        demand(ref, "resource:heat", ha * 8_000, DataQuality.ESTIMATED, "WUR Energiemonitor 2022: 0.8 GJ/m2");
        demand(ref, "resource:co2", ha * 300, DataQuality.ESTIMATED, "WUR: 30 kg CO2/m2");
        demand(ref, "resource:fertiliser", ha * 4, DataQuality.ESTIMATED, "kengetal glastuinbouw");
        supply(ref, "eural:020103", ha * 50, DataQuality.ESTIMATED, "kengetal gewasresten");
    }

    private Location at(double lat, double lon) {
        double[] xy = rd.toRd(lon, lat);
        return Location.rd(xy[0], xy[1], LocationPrecision.COORDINATES);
    }

    private void company(String ref, String name, String sbi, double lat, double lon) {
        companies.add(new Company(ref, name, sbi, 20, null, null, Address.EMPTY, at(lat, lon), null, "test fixture", Map.of()));
    }

    private void supply(String ref, String material, double amount, DataQuality q, String source) {
        flow(ref, FlowDirection.SUPPLY, material, amount, q, source);
    }

    private void demand(String ref, String material, double amount, DataQuality q, String source) {
        flow(ref, FlowDirection.DEMAND, material, amount, q, source);
    }

    private void flow(String ref, FlowDirection dir, String material, double amount, DataQuality q, String source) {
        MaterialKey key = MaterialKey.parse(material);
        MaterialClass c = MaterialClassification.get().of(key);
        boolean gj = key.code().contains("heat");
        // Flows without their own point: they take the company's location, as step 2 may write them.
        flows.add(new MaterialFlow(ref, dir, key, c.group(), c.state(), false, amount, gj ? QuantityUnit.GJ : QuantityUnit.TONNE,
                2023, q, source, Location.NONE));
    }
}
