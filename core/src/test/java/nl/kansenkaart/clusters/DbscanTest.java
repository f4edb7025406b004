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
    void radiusDecides() {
        List<Coordinate> pts = List.of(new Coordinate(0, 0), new Coordinate(999, 0), new Coordinate(1998, 0));
        assertThat(Dbscan.cluster(pts, 1000, 2)).containsExactly(0, 0, 0);
        assertThat(Dbscan.cluster(pts, 998, 2)).containsExactly(Dbscan.NOISE, Dbscan.NOISE, Dbscan.NOISE);
        assertThatThrownBy(() -> Dbscan.cluster(pts, 0, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
