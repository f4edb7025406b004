package nl.kansenkaart.sankey;

import static nl.kansenkaart.matching.KassenEnZadenFixture.AEB;
import static nl.kansenkaart.matching.KassenEnZadenFixture.KAS_AALSMEER;
import static nl.kansenkaart.matching.KassenEnZadenFixture.RWZI_AMSTERDAM;
import static nl.kansenkaart.matching.KassenEnZadenFixture.RWZI_BEVERWIJK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.matching.Approach;
import nl.kansenkaart.matching.Indicator;
import nl.kansenkaart.matching.KassenEnZadenFixture;
import nl.kansenkaart.matching.MatchResultStore;
import nl.kansenkaart.matching.ScaleLevel;
import nl.kansenkaart.matching.ScenarioStore;
import nl.kansenkaart.matching.Step3;
import nl.kansenkaart.matching.StoredMatch;
import nl.kansenkaart.matching.StoredMatches;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.project.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matched flows as a Sankey diagram: suppliers' clusters → materials → uses, tonnes and GJ apart. */
class MatchSankeyTest {

    @TempDir Path dir;

    @Test
    void theKassenEnZadenMatchesFlowFromTheSuppliersClustersThroughTheirMaterialsToTheUses() {
        try (ProjectFile p = KassenEnZadenFixture.create(dir.resolve("k.kansenkaart"))) {
            Step3.run(p, ScenarioStore.BASE);
            List<StoredMatch> matches = StoredMatches.read(p, ScenarioStore.BASE);
            SupplierClusters suppliers = SupplierClusters.read(p);
            MatchSankey.Result t = MatchSankey.build("", matches, QuantityUnit.TONNE, suppliers, false, "Overige sectoren");
            SankeyDiagram d = t.diagram();
            assertThat(d.unit()).isEqualTo("t/jr");
            assertThat(d.headKey()).isEqualTo(MatchSankey.HEADS);

            // The wastewater plants (SBI 3700, cluster rwzi) supply struvite, which goes to the greenhouses as fertiliser at R8.
            String rwzi = "supplier:rwzi", struvite = "mat:resource:struvite", fertiliser = "use:R8:resource:fertiliser";
            assertThat(d.nodes()).extracting(SankeyNode::id).contains(rwzi, struvite, fertiliser);
            assertThat(d.nodes()).filteredOn(n -> n.id().equals(fertiliser)).extracting(SankeyNode::label).containsExactly("Meststof (R8)");
            double struviteT = matches.stream().filter(m -> m.supplyMaterial().code().equals("struvite")).mapToDouble(StoredMatch::amount).sum();
            assertThat(struviteT).isPositive();
            assertThat(d.inflow(struvite)).isCloseTo(struviteT, within(1e-9));
            assertThat(d.outflow(struvite)).isCloseTo(struviteT, within(1e-9));
            // Every material passes on what it receives, and the diagram holds all matched tonnes.
            for (SankeyNode n : d.nodes())
                if (n.kind() == NodeKind.MATERIAL) assertThat(d.outflow(n.id())).isCloseTo(d.inflow(n.id()), within(1e-9));
            double sources = d.nodes().stream().filter(n -> n.kind() == NodeKind.SOURCE).mapToDouble(n -> d.outflow(n.id())).sum();
            assertThat(sources).isCloseTo(new MatchResultStore(p).indicators(ScenarioStore.BASE).get(Indicator.MATCHED_T), within(1e-6));
            // All greenhouse demand is a key-figure estimate: so is every amount matched to it.
            assertThat(d.links()).filteredOn(l -> l.target().equals(fertiliser)).allMatch(l -> l.quality() == DataQuality.ESTIMATED);

            // Behind the struvite: both plants and the greenhouses they supply; each company's part per side.
            assertThat(t.actors().behindNode(struvite)).contains(RWZI_AMSTERDAM, RWZI_BEVERWIJK, KAS_AALSMEER);
            assertThat(t.actors().behindNode(rwzi)).doesNotContain(KAS_AALSMEER);
            SankeyLink band = d.links().stream().filter(l -> l.source().equals(rwzi) && l.target().equals(struvite)).findFirst().orElseThrow();
            List<Map<String, Double>> parts = t.parts().of(band);
            assertThat(parts.get(MatchSankey.SUPPLY_SIDE).values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(band.value(), within(1e-9));
            assertThat(parts.get(MatchSankey.DEMAND_SIDE).values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(band.value(), within(1e-9));
            assertThat(parts.get(MatchSankey.DEMAND_SIDE)).containsKey(KAS_AALSMEER);

            // Heat is energy: only in the GJ diagram, from the waste-to-energy plant's cluster to the greenhouses' heat demand at R9.
            assertThat(d.nodes()).extracting(SankeyNode::id).doesNotContain("mat:resource:residual_heat");
            SankeyDiagram gj = MatchSankey.build("", matches, QuantityUnit.GJ, suppliers, true, "Other sectors").diagram();
            assertThat(gj.unit()).isEqualTo("GJ/jr");
            assertThat(gj.inflow("mat:resource:residual_heat")).isEqualTo(200_000.0);
            assertThat(gj.nodes()).filteredOn(n -> n.id().equals("use:R9:resource:heat")).extracting(SankeyNode::label)
                    .containsExactly("Heat (demand) (R9)");
            assertThat(t.actors().behindNode("supplier:waste")).contains(AEB);
        }
    }

    @Test
    void anAmountIsMeasuredOnlyWhenBothEndsAreAndRejectedMatchesAreLeftOut() {
        List<StoredMatch> matches = List.of(match("M1", "A", "MEASURED", "MEASURED", 10, null),
                match("M2", "A", "MEASURED", "ESTIMATED", 5, null),
                match("M3", "B", "MEASURED", "MEASURED", 7, "reject"),
                match("M4", "B", "ESTIMATED", "MEASURED", 2, "accept"));
        SankeyDiagram d = MatchSankey.build("", matches, QuantityUnit.TONNE, ref -> new MatchSankey.SupplierGroup("c", "Cluster"),
                MaterialKey::toString, (m, r) -> m + " " + r).diagram();
        String mat = "mat:eural:170107", use = "use:R8:resource:secondary_aggregate";
        assertThat(d.links()).filteredOn(l -> l.target().equals(use))
                .extracting(l -> l.quality() + " " + l.value()).containsExactlyInAnyOrder("MEASURED 10.0", "ESTIMATED 7.0");
        assertThat(d.inflow(mat)).isEqualTo(17.0);
        assertThat(MatchSankey.rLevelOf(use)).contains(RLevel.R8);
        assertThat(MatchSankey.rLevelOf(mat)).isEmpty();
    }

    private static StoredMatch match(String id, String supplier, String supplyQ, String demandQ, double t, String decision) {
        return new StoredMatch(id, 1, supplier, supplier, "beton", "T", "Taker", "granulaat", "rubble", RLevel.R8, t, "t", 5,
                ScaleLevel.LOCAL, Approach.AREA, null, 70, "", decision, supplyQ, demandQ, 0, 0, 1000, 1000,
                MaterialKey.parse("eural:170107"), MaterialKey.parse("resource:secondary_aggregate"), null);
    }
}
