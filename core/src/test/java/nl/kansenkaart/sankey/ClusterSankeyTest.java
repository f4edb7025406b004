package nl.kansenkaart.sankey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.resources.ClusterMaterialRow;
import nl.kansenkaart.resources.FlowRole;
import org.junit.jupiter.api.Test;

class ClusterSankeyTest {

    static ClusterMaterialRow row(FlowRole role, String activity, String material, String method, RLevel r, double t,
                                  QuantityUnit unit, DataQuality q) {
        FlowDirection d = role == FlowRole.DEMAND || role == FlowRole.INTAKE ? FlowDirection.DEMAND : FlowDirection.SUPPLY;
        return new ClusterMaterialRow("greenhouses", role, d, activity, MaterialKey.parse(material), material, null, null, false, method,
                r, t, unit, q, 1, method == null ? 0 : 1, "test", "2023");
    }

    @Test
    void sourcesToMaterialsToProcessingWithQualityKeptApart() {
        List<ClusterMaterialRow> rows = List.of(
                row(FlowRole.RESIDUE, "01.13 Groenten", "eural:020103", "E03", RLevel.R8, 120, QuantityUnit.TONNE, DataQuality.MEASURED),
                row(FlowRole.RESIDUE, "01.19 Bloemen", "eural:020103", null, null, 200, QuantityUnit.TONNE, DataQuality.ESTIMATED),
                row(FlowRole.RESIDUE, "01.13 Groenten", "eural:020104", "F01", RLevel.R9, 5, QuantityUnit.TONNE, DataQuality.MEASURED),
                row(FlowRole.BYPRODUCT, "01.13 Groenten", "resource:co2", null, null, 40, QuantityUnit.TONNE, DataQuality.ESTIMATED),
                row(FlowRole.DEMAND, "01.13 Groenten", "resource:heat", null, null, 9000, QuantityUnit.GJ, DataQuality.ESTIMATED),
                row(FlowRole.DEMAND, "01.13 Groenten", "resource:fertiliser", null, null, 20, QuantityUnit.TONNE, DataQuality.ESTIMATED));
        SankeyDiagram d = ClusterSankey.build("Kassen", rows);
        assertThat(d.unit()).isEqualTo("t/jr");
        assertThat(d.nodes()).extracting(SankeyNode::id).containsExactly("src:01.13 Groenten", "mat:eural:020103", "proc:R8",
                "src:01.19 Bloemen", "proc:not_known", "mat:eural:020104", "proc:R9", "mat:resource:co2", "proc:byproduct");
        // Every material leaves as much as comes in; demand and heat are not in the residue diagram.
        for (SankeyNode n : d.nodes())
            if (n.kind() == NodeKind.MATERIAL) assertThat(d.outflow(n.id())).isCloseTo(d.inflow(n.id()), within(1e-9));
        assertThat(d.inflow("mat:eural:020103")).isEqualTo(320.0);
        assertThat(d.inflow("proc:R8")).isEqualTo(120.0);
        assertThat(d.inflow("proc:not_known")).isEqualTo(200.0);
        assertThat(d.links()).filteredOn(l -> l.target().equals("proc:not_known")).allMatch(l -> l.quality() == DataQuality.ESTIMATED);
        assertThat(d.outflow("src:01.13 Groenten")).isEqualTo(165.0);
    }

    @Test
    void theModelRefusesInconsistentData() {
        SankeyNode a = new SankeyNode("a", "A", NodeKind.SOURCE);
        SankeyNode b = new SankeyNode("b", "B", NodeKind.MATERIAL);
        assertThatThrownBy(() -> new SankeyDiagram("x", "t", List.of(a), List.of(new SankeyLink("a", "b", 1, "t", DataQuality.MEASURED))))
                .hasMessageContaining("unknown node");
        assertThatThrownBy(() -> new SankeyDiagram("x", "t", List.of(a, a), List.of())).hasMessageContaining("twice");
        assertThatThrownBy(() -> new SankeyLink("a", "b", 0, "t", DataQuality.MEASURED)).hasMessageContaining("> 0");
        assertThatThrownBy(() -> new SankeyLink("a", "a", 1, "t", DataQuality.MEASURED)).hasMessageContaining("loop");
        assertThatThrownBy(() -> new SankeyDiagram("x", "t", List.of(a, b), List.of(new SankeyLink("a", "b", 1, "GJ", DataQuality.MEASURED))))
                .hasMessageContaining("in GJ in a diagram in t");
    }
}
