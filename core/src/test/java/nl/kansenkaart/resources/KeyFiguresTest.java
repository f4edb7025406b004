package nl.kansenkaart.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.clusters.SectorCluster;
import nl.kansenkaart.clusters.SectorClusterStore;
import nl.kansenkaart.steps.InputRow;
import org.junit.jupiter.api.Test;

class KeyFiguresTest {

    @Test
    void shippedFiguresAreValidAndCarryTheirSource() {
        KeyFigureTable t = KeyFigureStore.defaults();
        t.checkClusters(SectorClusterStore.defaults().clusters().stream().map(SectorCluster::id).toList());
        assertThat(t.all()).allSatisfy(f -> assertThat(f.source()).isNotBlank());
        // The figures the Kassen en Zaden flows need.
        List<String> keys = t.all().stream().map(f -> f.clusterId() + " " + f.direction() + " " + f.material()).toList();
        assertThat(keys).contains("greenhouses DEMAND resource:heat", "greenhouses DEMAND resource:co2",
                "greenhouses DEMAND resource:fertiliser", "greenhouses SUPPLY eural:020103", "paper DEMAND resource:fibre",
                "textile DEMAND resource:fibre", "waste SUPPLY resource:residual_heat", "waste SUPPLY resource:co2",
                "rwzi SUPPLY resource:struvite");
    }

    Map<String, String> row(String material, String unit) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", "x");
        m.put("cluster_id", "greenhouses");
        m.put("direction", "DEMAND");
        m.put("material", material);
        m.put("per", "job");
        m.put("value", "1,5");
        m.put("unit", unit);
        m.put("source", "test");
        return m;
    }

    @Test
    void badRowsAreRefusedWithTheirPlace() {
        assertThat(KeyFigureStore.parse(List.of(new InputRow("f.csv line 2", row("resource:heat", "GJ")))).all().get(0).value()).isEqualTo(1.5);
        assertThatThrownBy(() -> KeyFigureStore.parse(List.of(new InputRow("f.csv line 2", row("resource:heat", "t")))))
                .isInstanceOf(KansenkaartException.class).hasMessage("f.csv line 2: resource:heat is measured in GJ, not t");
        assertThatThrownBy(() -> KeyFigureStore.parse(List.of(new InputRow("f.csv line 3", row("eural:999999", "t")))))
                .hasMessage("f.csv line 3: EURAL code 999999 is not in the official list");
        Map<String, String> bad = row("resource:heat", "GJ");
        bad.put("per", "hectare");
        assertThatThrownBy(() -> KeyFigureStore.parse(List.of(new InputRow("f.csv line 4", bad)))).hasMessageContaining("line 4: unknown basis 'hectare'");
        List<InputRow> twice = new ArrayList<>();
        twice.add(new InputRow("a", row("resource:heat", "GJ")));
        twice.add(new InputRow("b", row("resource:co2", "t")));
        assertThatThrownBy(() -> KeyFigureStore.parse(twice)).hasMessageContaining("'x' appears twice");
    }
}
