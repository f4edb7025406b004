package nl.kansenkaart.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    static ClusterCriteria crit(int est, double jobs, double value, double raw, double resMeasured, double resEstimated, Double bi) {
        return new ClusterCriteria(est, jobs, value, est, raw, resMeasured, resEstimated, bi, null, null, 1, 0, 0);
    }

    final Map<String, SectorCluster> clusters = Map.of(
            "greenhouses", new SectorCluster("greenhouses", "Kassen", null, ClusterTheme.BIOMASS_FOOD, false, null),
            "waste", new SectorCluster("waste", "Afval", null, ClusterTheme.OWN_PROCESS, true, null),
            "trade", new SectorCluster("trade", "Handel", null, ClusterTheme.BROAD_SECTOR, false, null),
            "landscape", new SectorCluster("landscape", "Groen", null, ClusterTheme.OWN_PROCESS, true, null));

    Map<String, ClusterCriteria> criteria() {
        Map<String, ClusterCriteria> m = new LinkedHashMap<>();
        m.put("greenhouses", crit(4, 60, 6e6, 100, 100, 200, 2.0));
        m.put("waste", crit(2, 20, 1e6, 1000, 50, 0, 0.5));
        m.put("trade", crit(10, 200, 10e6, 0, 0, 100, 1.0));
        m.put("landscape", crit(0, 0, 0, 0, 0, 0, null));
        return m;
    }

    @Test
    void equalWeightsByHand() {
        Map<String, RankedCluster> r = Ranking.rank(criteria(), clusters, Weights.defaults(), 1, Map.of());
        // Maxima: 10 establishments, 200 jobs, EUR 10M, 1000 t raw materials, 300 t residues, BI 2.0.
        double gh = (4 / 10.0 + 60 / 200.0 + 6 / 10.0 + 100 / 1000.0 + 300 / 300.0 + 2.0 / 2.0) / 6;
        double waste = (2 / 10.0 + 20 / 200.0 + 1 / 10.0 + 1000 / 1000.0 + 50 / 300.0 + 0.5 / 2.0) / 6;
        double trade = (10 / 10.0 + 200 / 200.0 + 10 / 10.0 + 0 + 100 / 300.0 + 1.0 / 2.0) / 6;
        assertThat(r.get("greenhouses").score()).isCloseTo(gh, within(1e-12));
        assertThat(r.get("waste").score()).isCloseTo(waste, within(1e-12));
        assertThat(r.get("trade").score()).isCloseTo(trade, within(1e-12));
        assertThat(r.get("trade").rank()).isEqualTo(1);
        assertThat(r.get("greenhouses").rank()).isEqualTo(2);
        assertThat(r.get("waste").rank()).isEqualTo(3);
        assertThat(r.get("landscape").rank()).isNull();
        // Top 1: trade; waste stays in as low-hanging fruit; greenhouses is out; empty landscape cannot be analysed.
        assertThat(r.get("trade").selected()).isTrue();
        assertThat(r.get("greenhouses").selected()).isFalse();
        assertThat(r.get("waste").selected()).isTrue();
        assertThat(r.get("waste").reason()).contains("low-hanging fruit");
        assertThat(r.get("landscape").selected()).isFalse();
        assertThat(r.get("landscape").reason()).contains("no establishments");
    }

    @Test
    void weightsChangeTheOrder() {
        Weights w = Weights.defaults().with("economic_value=0,jobs=0,establishments=0");
        Map<String, RankedCluster> r = Ranking.rank(criteria(), clusters, w, 1, Map.of());
        // Only raw materials, residues and Balassa count: gh (0.1 + 1 + 1)/3, waste (1 + 1/6 + 0.25)/3, trade (0 + 1/3 + 0.5)/3.
        assertThat(r.get("greenhouses").score()).isCloseTo(2.1 / 3, within(1e-12));
        assertThat(r.get("waste").score()).isCloseTo((1 + 1 / 6.0 + 0.25) / 3, within(1e-12));
        assertThat(r.get("trade").score()).isCloseTo((1 / 3.0 + 0.5) / 3, within(1e-12));
        assertThat(r.get("greenhouses").rank()).isEqualTo(1);
        assertThat(r.get("trade").rank()).isEqualTo(3);
        assertThat(r.get("trade").selected()).isFalse();
    }

    @Test
    void theAnalystOverridesTheRanking() {
        Map<String, SelectionOverride> o = Map.of(
                "waste", new SelectionOverride("waste", false, "geen data", "2025-01-01T00:00:00Z"),
                "greenhouses", new SelectionOverride("greenhouses", true, null, "2025-01-01T00:00:00Z"));
        Map<String, RankedCluster> r = Ranking.rank(criteria(), clusters, Weights.defaults(), 1, o);
        assertThat(r.get("waste").selected()).isFalse();
        assertThat(r.get("waste").reason()).startsWith("deselected by the analyst: geen data").contains("ranking alone: selected");
        assertThat(r.get("greenhouses").selected()).isTrue();
        assertThat(r.get("greenhouses").reason()).startsWith("selected by the analyst");
        assertThat(r.get("greenhouses").rank()).isEqualTo(2); // the rank itself is not changed
    }

    @Test
    void weightSpecsAreCheckedAndRoundTrip() {
        Weights w = Weights.defaults().with("jobs=2, balassa=0.5");
        assertThat(w.of(Criterion.JOBS)).isEqualTo(2.0);
        assertThat(w.spec()).isEqualTo("economic_value=1,jobs=2,establishments=1,raw_materials=1,residual_flows=1,balassa=0.5");
        assertThat(Weights.defaults().with(w.spec())).isEqualTo(w);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.with("banen=2")).hasMessageContaining("unknown criterion 'banen'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.with("jobs=-1")).hasMessageContaining(">= 0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Weights.defaults().with(
                "economic_value=0,jobs=0,establishments=0,raw_materials=0,residual_flows=0,balassa=0")).hasMessageContaining("at least one");
    }
}
