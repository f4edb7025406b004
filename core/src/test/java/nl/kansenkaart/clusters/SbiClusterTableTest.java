package nl.kansenkaart.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.codes.Sbi2008;
import nl.kansenkaart.codes.SbiCode;
import org.junit.jupiter.api.Test;

class SbiClusterTableTest {

    final SbiClusterTable shipped = SectorClusterStore.defaults();

    String of(String sbi) {
        return shipped.clusterOf(sbi).map(SectorCluster::id).orElse(null);
    }

    @Test
    void everySbiCodeHasACluster() {
        for (SbiCode c : Sbi2008.get().all()) assertThat(shipped.clusterOf(c.digits())).as(c.label()).isPresent();
        for (SbiCode s : Sbi2008.get().sections()) assertThat(shipped.clusterOf(s.code())).as(s.label()).isPresent();
    }

    @Test
    void theMethodsClustersAreWhereTheyShouldBe() {
        assertThat(of("01132")).isEqualTo("greenhouses");
        assertThat(of("01192")).isEqualTo("greenhouses");
        assertThat(of("0164")).isEqualTo("greenhouses");
        assertThat(of("01131")).isEqualTo("agriculture");
        assertThat(of("10821")).isEqualTo("food");
        assertThat(of("2016")).isEqualTo("plastics");
        assertThat(of("2014")).isEqualTo("chemicals");
        assertThat(of("4211")).isEqualTo("civil_works");
        assertThat(of("4312")).isEqualTo("civil_works");
        assertThat(of("4311")).isEqualTo("construction");
        assertThat(of("8130")).isEqualTo("landscape");
        assertThat(of("3700")).isEqualTo("rwzi");
        assertThat(of("3821")).isEqualTo("waste");
        assertThat(of("17122")).isEqualTo("paper");
        assertThat(of("C")).isEqualTo("manufacturing");
        assertThat(of("9999")).isNull();
        assertThat(of(null)).isNull();
        List<String> lhf = shipped.clusters().stream().filter(SectorCluster::lowHangingFruit).map(SectorCluster::id).toList();
        assertThat(lhf).containsExactlyInAnyOrder("rwzi", "waste", "landscape", "civil_works");
        assertThat(shipped.clusters().stream().map(SectorCluster::theme).filter(ClusterTheme::isPriorityTheme).distinct())
                .hasSize(5);
    }

    @Test
    void aTableWithoutASectionOrWithAnUnknownClusterIsRefused() {
        List<SbiClusterTable.Entry> entries = new ArrayList<>(shipped.entries());
        entries.removeIf(e -> e.sbi().equals("Q"));
        assertThatThrownBy(() -> new SbiClusterTable(shipped.clusters(), entries)).isInstanceOf(KansenkaartException.class)
                .hasMessageContaining("no row for section Q");
        List<SbiClusterTable.Entry> bad = new ArrayList<>(shipped.entries());
        bad.add(new SbiClusterTable.Entry("0116", "vezels", null));
        assertThatThrownBy(() -> new SbiClusterTable(shipped.clusters(), bad)).hasMessageContaining("unknown cluster 'vezels'");
        List<SbiClusterTable.Entry> twice = new ArrayList<>(shipped.entries());
        twice.add(new SbiClusterTable.Entry("01.13.2", "agriculture", null));
        assertThatThrownBy(() -> new SbiClusterTable(shipped.clusters(), twice)).hasMessageContaining("appears twice");
    }
}
