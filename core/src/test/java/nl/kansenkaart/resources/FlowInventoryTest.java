package nl.kansenkaart.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.Address;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.steps.AnalysisYears;
import org.junit.jupiter.api.Test;

class FlowInventoryTest {

    final KeyFigureTable figures = KeyFigureStore.defaults();

    static Company co(String ref, String name, String sbi, Integer jobs, String pc, Map<String, String> attrs) {
        return new Company(ref, name, sbi, jobs, null, null, new Address(null, null, pc, null), null, null, "t", attrs);
    }

    static StreamYear stream(int year, String eural, String method, boolean route, String ontdoener, String pc, String processor,
                             String processorPc, double tonnes, long records) {
        return new StreamYear("S1", year, eural, false, method, route, ontdoener, pc, pc, processor, processorPc,
                LocationPrecision.PC4, tonnes, records);
    }

    FlowInventory inventory(List<Company> companies, Map<String, String> clusters, List<StreamYear> streams, AnalysisYears years) {
        return FlowInventory.build(companies, clusters, LmaLinks.link(streams, new CompanyIndex(companies)), figures, years);
    }

    static FlowLine line(List<FlowLine> lines, FlowRole role, String material) {
        return lines.stream().filter(l -> l.role() == role && l.material().toString().equals(material)).findFirst().orElseThrow(
                () -> new AssertionError("no " + role + " " + material + " in " + lines));
    }

    @Test
    void measuredResiduesReplaceEstimatesButDemandIsAlwaysEstimated() {
        Company measured = co("K1", "Kwekerij Een", "01132", 10, "1431AA", Map.of());
        Company unmeasured = co("K2", "Kwekerij Twee", "01132", 10, "1431BB", Map.of());
        FlowInventory inv = inventory(List.of(measured, unmeasured), Map.of("K1", "greenhouses", "K2", "greenhouses"),
                List.of(stream(2023, "020103", "E03", false, "Kwekerij Een B.V.", "1431AA", "Composteerder", "1711AA", 80, 8)),
                new AnalysisYears(List.of(2023)));
        List<FlowLine> k1 = inv.of("K1");
        FlowLine residue = line(k1, FlowRole.RESIDUE, "eural:020103");
        assertThat(residue.quality()).isEqualTo(DataQuality.MEASURED);
        assertThat(residue.amount()).isEqualTo(80.0);
        assertThat(residue.rLevel()).isEqualTo(RLevel.R8);
        assertThat(residue.source()).isEqualTo("LMA 2023: 8 records as ontdoener, linked by name+pc6");
        assertThat(k1).filteredOn(l -> l.role() == FlowRole.RESIDUE).hasSize(1); // no estimate next to the measurement
        // Demand from key figures: 10 jobs x 2,110 GJ heat (0.9495 GJ/m2 x 2,222 m2 per job).
        FlowLine heat = line(k1, FlowRole.DEMAND, "resource:heat");
        assertThat(heat.amount()).isCloseTo(21_100, within(0.01));
        assertThat(heat.unit()).isEqualTo(QuantityUnit.GJ);
        assertThat(heat.quality()).isEqualTo(DataQuality.ESTIMATED);
        assertThat(heat.source()).startsWith("key figure greenhouses-heat-job: 2110 GJ per job x 10 job (RVO");
        // No LMA records: residues from key figures, 10 jobs x 20.8496 t plant tissue.
        FlowLine est = line(inv.of("K2"), FlowRole.RESIDUE, "eural:020103");
        assertThat(est.quality()).isEqualTo(DataQuality.ESTIMATED);
        assertThat(est.amount()).isCloseTo(208.496, within(1e-9));
        assertThat(est.methodCode()).isNull();
    }

    @Test
    void theMostSpecificBasisWins() {
        Company withGlass = co("K1", "Kas met glas", "01132", 10, "1431AA", Map.of("Glass_m2", "30000"));
        Company noJobs = co("K2", "Kas zonder banen", "01132", null, "1431BB", Map.of());
        FlowInventory inv = inventory(List.of(withGlass, noJobs), Map.of("K1", "greenhouses", "K2", "greenhouses"), List.of(),
                AnalysisYears.none());
        // 30,000 m2 x 0.9495 GJ/m2 beats 10 jobs x 2,110 GJ.
        assertThat(line(inv.of("K1"), FlowRole.DEMAND, "resource:heat").amount()).isCloseTo(28_485, within(0.01));
        // No jobs: per establishment, 20,000 m2 x 0.9495 GJ/m2.
        assertThat(line(inv.of("K2"), FlowRole.DEMAND, "resource:heat").amount()).isCloseTo(18_990, within(0.01));
        assertThat(line(inv.of("K2"), FlowRole.RESIDUE, "eural:020103").amount()).isCloseTo(375.292, within(1e-6));
    }

    @Test
    void routeCollectionIsThroughputOfTheCollectorAndIncinerationGivesHeatAndCo2() {
        Company collector = co("C1", "Inzamelaar", "3811", 20, "1033AA", Map.of());
        Company avi = co("A1", "Afvalcentrale", "3821", 50, "1047AB", Map.of());
        List<StreamYear> s = List.of(
                stream(2023, "200301", "F01", true, "Inzamelaar B.V.", "1033AA", "Afvalcentrale", "1047AB", 1000, 4),
                stream(2023, "200301", "F01", false, "Niet in het register", "9999ZZ", "Afvalcentrale", "1047AB", 500, 1));
        FlowInventory inv = inventory(List.of(collector, avi), Map.of("C1", "waste", "A1", "waste"), s, new AnalysisYears(List.of(2023)));
        assertThat(inv.of("C1")).filteredOn(l -> l.role() == FlowRole.RESIDUE).isEmpty();
        FlowLine collected = line(inv.of("C1"), FlowRole.ROUTE_COLLECTED, "eural:200301");
        assertThat(collected.amount()).isEqualTo(1000.0);
        assertThat(collected.source()).contains("as collector");
        assertThat(line(inv.of("A1"), FlowRole.INTAKE, "eural:200301").amount()).isEqualTo(1500.0);
        // 1,500 t incinerated: 0.7488 GJ heat (AEB: 208 kWh) and 1.5/1.4 t CO2 per tonne.
        assertThat(line(inv.of("A1"), FlowRole.BYPRODUCT, "resource:residual_heat").amount()).isCloseTo(1500 * 0.7488, within(1e-6));
        assertThat(line(inv.of("A1"), FlowRole.BYPRODUCT, "resource:co2").amount()).isCloseTo(1500 * 1.07143, within(1e-3));
        assertThat(line(inv.of("A1"), FlowRole.RESIDUE, "eural:190112").amount()).isCloseTo(1500 * 2.0 / 7.6, within(1e-3));
        // The collector incinerates nothing itself: no heat.
        assertThat(inv.of("C1")).noneMatch(l -> l.material().equals(MaterialKey.resource("residual_heat")));
    }

    @Test
    void publishedPlantFiguresAreUsedByNameAndSeveralYearsGiveAYearlyMean() {
        Company west = co("W", "RWZI Amsterdam-West", "3700", 12, "1047CD", Map.of("capacity_pe", "733320"));
        Company other = co("O", "Rwzi Ergens", "3700", 5, "1135AA", Map.of("capacity_pe", "100000"));
        Company sewer = co("S", "Rioolservice Noord", "3700", 5, "1135BB", Map.of());
        List<StreamYear> s = List.of(
                stream(2022, "190805", "F01", false, "RWZI Amsterdam West", "1047CD", "Slib", "3000AA", 1800, 1),
                stream(2023, "190805", "F01", false, "RWZI Amsterdam West", "1047CD", "Slib", "3000AA", 2200, 1));
        FlowInventory inv = inventory(List.of(west, other, sewer), Map.of("W", "rwzi", "O", "rwzi", "S", "rwzi"), s,
                new AnalysisYears(List.of(2022, 2023)));
        FlowLine struvite = line(inv.of("W"), FlowRole.BYPRODUCT, "resource:struvite");
        assertThat(struvite.amount()).isEqualTo(300.0);
        assertThat(struvite.quality()).isEqualTo(DataQuality.MEASURED);
        assertThat(line(inv.of("W"), FlowRole.RESIDUE, "eural:190805").amount()).isEqualTo(2000.0); // (1800 + 2200) / 2
        assertThat(line(inv.of("W"), FlowRole.RESIDUE, "eural:190805").source()).startsWith("LMA 2022-2023 (mean per year)");
        // 100,000 p.e. x 1,000 t / 733,320 p.e.
        assertThat(line(inv.of("O"), FlowRole.BYPRODUCT, "resource:struvite").amount()).isCloseTo(100_000 * 1000 / 733_320.0, within(1e-3));
        // A sewer company in SBI 37 is no treatment plant: no struvite.
        assertThat(inv.of("S")).noneMatch(l -> l.material().equals(MaterialKey.resource("struvite")));
    }
}
