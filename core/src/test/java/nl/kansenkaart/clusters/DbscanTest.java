package nl.kansenkaart.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.junit.jupiter.api.Test;

class DbscanTest {

    @Test
    void coreBorderAndNoisePoints() {
        List<Coordinate> pts = List.of(
                new Coordinate(0, 0), new Coordinate(500, 0), new Coordinate(1000, 0), // a chain: only the middle is core
                new Coordinate(5000, 0), // alone
                new Coordinate(10000, 0), new Coordinate(10100, 0), new Coordinate(10000, 100), new Coordinate(10100, 100));
        int[] labels = Dbscan.cluster(pts, 600, 3);
        // (0,0) has 2 points within 600 m: not core, first marked noise, then taken in as a border point of (500,0).
        assertThat(labels).containsExactly(0, 0, 0, Dbscan.NOISE, 1, 1, 1, 1);
    }

    @Test
    void agreesWithTheDefinitionOnRandomPoints() {
        java.util.Random rnd = new java.util.Random(42);
        List<Coordinate> pts = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            double cx = (i % 3) * 20_000, cy = 0; // three dense areas plus scattered points
            pts.add(i % 5 == 0 ? new Coordinate(rnd.nextDouble() * 60_000, rnd.nextDouble() * 60_000)
                    : new Coordinate(cx + rnd.nextGaussian() * 1500, cy + rnd.nextGaussian() * 1500));
        }
        double r = 400;
        int min = 4;
        int[] labels = Dbscan.cluster(pts, r, min);
        int n = pts.size();
        boolean[] core = new boolean[n];
        for (int i = 0; i < n; i++) {
            int k = 0;
            for (int j = 0; j < n; j++) if (pts.get(i).distance(pts.get(j)) <= r) k++;
            core[i] = k >= min;
        }
        for (int i = 0; i < n; i++) {
            boolean nearCore = false;
            for (int j = 0; j < n; j++) {
                if (!core[j] || pts.get(i).distance(pts.get(j)) > r) continue;
                nearCore = true;
                if (core[i]) assertThat(labels[j]).as("core points %d and %d are density-connected", i, j).isEqualTo(labels[i]);
            }
            if (core[i]) assertThat(labels[i]).isNotEqualTo(Dbscan.NOISE);
            else if (!nearCore) assertThat(labels[i]).as("point %d is noise", i).isEqualTo(Dbscan.NOISE);
            else {
                final int p = i;
                assertThat(java.util.stream.IntStream.range(0, n).anyMatch(j -> core[j] && labels[j] == labels[p]
                        && pts.get(p).distance(pts.get(j)) <= r)).as("border point %d joins a neighbouring core", i).isTrue();
            }
        }
        assertThat(java.util.Arrays.stream(labels).max().getAsInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void radiusDecides() {
        List<Coordinate> pts = List.of(new Coordinate(0, 0), new Coordinate(999, 0), new Coordinate(1998, 0));
        assertThat(Dbscan.cluster(pts, 1000, 2)).containsExactly(0, 0, 0);
        assertThat(Dbscan.cluster(pts, 998, 2)).containsExactly(Dbscan.NOISE, Dbscan.NOISE, Dbscan.NOISE);
        assertThatThrownBy(() -> Dbscan.cluster(pts, 0, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
