package nl.kansenkaart.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.model.Company;
import org.junit.jupiter.api.Test;

class BalassaTest {

    static Company co(String ref, String sbi, int jobs) {
        return new Company(ref, "Bedrijf " + ref, sbi, jobs, null, null, null, null, null, "test", Map.of());
    }

    @Test
    void indexPerSectorAndJobsWeightedPerCluster() {
        NationalJobs nl = new NationalJobs(2023, Map.of("TOTAL", 1000.0, "A", 100.0, "B-E", 200.0, "G-I", 700.0));
        Company farm = co("A1", "0111", 30), factory = co("B1", "2511", 20), shop = co("G1", "4711", 50);
        Balassa b = new Balassa(nl, List.of(farm, factory, shop));
        // Region: 100 jobs. A: (30/100) / (100/1000) = 3.0; B-E: (20/100) / (200/1000) = 1.0; G-I: (50/100) / (700/1000).
        assertThat(b.sectorIndex("A")).hasValueSatisfying(v -> assertThat(v).isCloseTo(3.0, within(1e-12)));
        assertThat(b.sectorIndex("B-E")).hasValueSatisfying(v -> assertThat(v).isCloseTo(1.0, within(1e-12)));
        assertThat(b.sectorIndex("G-I")).hasValueSatisfying(v -> assertThat(v).isCloseTo(0.5 / 0.7, within(1e-12)));
        // A cluster of the farm and the factory: (30 x 3.0 + 20 x 1.0) / 50 = 2.2.
        Balassa.Result r = b.clusterIndex(List.of(farm, factory)).orElseThrow();
        assertThat(r.index()).isCloseTo(2.2, within(1e-12));
        assertThat(r.basis()).contains("sector A 60%").contains("sector B-E 40%");
        assertThat(b.clusterIndex(List.of(co("X", "0111", 0)))).isEmpty();
    }

    @Test
    void aFinerNationalRowTakesItsEstablishmentsAndLeavesTheRestToTheCoarseRow() {
        // C (150) has its own row inside B-E (200): B-E's own jobs are 50 (mining, energy, water, waste).
        NationalJobs nl = new NationalJobs(2024, Map.of("TOTAL", 1000.0, "B-E", 200.0, "C", 150.0, "G-I", 650.0));
        assertThat(nl.ownJobs("B-E")).isEqualTo(50.0);
        assertThat(nl.sectorOf("2511")).contains("C");
        assertThat(nl.sectorOf("3700")).contains("B-E");
        Company factory = co("B1", "2511", 20), rwzi = co("E1", "3700", 10), shop = co("G1", "4711", 70);
        Balassa b = new Balassa(nl, List.of(factory, rwzi, shop));
        // Region 100 jobs. C: (20/100)/(150/1000) = 4/3; B-E own: (10/100)/(50/1000) = 2.0.
        assertThat(b.clusterIndex(List.of(factory)).orElseThrow().index()).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(b.clusterIndex(List.of(rwzi)).orElseThrow().index()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void divisionRowsAreFinerStill() {
        NationalJobs nl = new NationalJobs(2024, Map.of("TOTAL", 1000.0, "A", 100.0, "0113", 40.0));
        assertThat(nl.sectorOf("01132")).contains("0113");
        assertThat(nl.sectorOf("0111")).contains("A");
        assertThat(nl.ownJobs("A")).isEqualTo(60.0);
    }

    @Test
    void inconsistentTablesAreRefused() {
        assertThatThrownBy(() -> new NationalJobs(2024, Map.of("TOTAL", 1000.0, "B-E", 100.0, "C", 150.0)))
                .isInstanceOf(KansenkaartException.class).hasMessageContaining("inside sector B-E");
        assertThatThrownBy(() -> new NationalJobs(2024, Map.of("A", 10.0))).hasMessageContaining("no positive TOTAL");
    }

    @Test
    void shippedCbsTableAddsUp() {
        List<NationalJobsStore.Row> rows = NationalJobsStore.defaults();
        for (int year : List.of(2023, 2024)) {
            NationalJobs t = NationalJobsStore.forYear(rows, year);
            double sum = 0;
            for (String s : List.of("A", "B-E", "F", "G-I", "J", "K", "L", "M-N", "O-Q", "R-U")) sum += t.jobs(s);
            // CBS rounds each COROP figure to 0.1 thousand: the A10 groups add up to the total within 0.1%.
            assertThat(sum).isCloseTo(t.total(), within(t.total() * 0.001));
        }
        assertThat(NationalJobsStore.forYear(rows, 0).year()).isEqualTo(2024);
        assertThat(NationalJobsStore.forYear(rows, 2024).ownJobs("B-E")).isEqualTo(882_200 - 794_200);
    }
}
