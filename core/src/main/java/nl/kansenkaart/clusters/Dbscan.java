package nl.kansenkaart.clusters;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * DBSCAN (Ester et al. 1996) on points in RD metres: a point with at least {@code minPoints}
 * points (itself included) within {@code radius} is a core point; clusters are the core points
 * reachable from each other plus the border points they reach; the rest is noise. Neighbours come
 * from a JTS STRtree, so n points cost about n log n rather than n². Cluster numbers follow the
 * order of the input, which makes the result deterministic for a sorted input.
 */
public final class Dbscan {

    public static final int NOISE = -1;

    private Dbscan() {}

    /** A cluster number (0, 1, ...) per input point, or {@link #NOISE}. */
    public static int[] cluster(List<Coordinate> points, double radius, int minPoints) {
        if (!(radius > 0)) throw new IllegalArgumentException("DBSCAN radius must be > 0 m");
        if (minPoints < 1) throw new IllegalArgumentException("DBSCAN minimum points must be >= 1");
        int n = points.size();
        STRtree tree = new STRtree();
        for (int i = 0; i < n; i++) tree.insert(new Envelope(points.get(i)), i);
        int[] label = new int[n];
        Arrays.fill(label, Integer.MIN_VALUE); // unvisited
        int next = 0;
        for (int i = 0; i < n; i++) {
            if (label[i] != Integer.MIN_VALUE) continue;
            int[] seeds = neighbours(tree, points, i, radius);
            if (seeds.length < minPoints) {
                label[i] = NOISE;
                continue;
            }
            int id = next++;
            label[i] = id;
            Deque<Integer> queue = new ArrayDeque<>();
            for (int s : seeds) queue.add(s);
            while (!queue.isEmpty()) {
                int q = queue.poll();
                if (label[q] == NOISE) label[q] = id; // border point
                if (label[q] != Integer.MIN_VALUE) continue;
                label[q] = id;
                int[] more = neighbours(tree, points, q, radius);
                if (more.length >= minPoints) for (int m : more) queue.add(m);
            }
        }
        return label;
    }

    private static int[] neighbours(STRtree tree, List<Coordinate> points, int i, double radius) {
        Coordinate p = points.get(i);
        Envelope box = new Envelope(p);
        box.expandBy(radius);
        @SuppressWarnings("unchecked")
        List<Integer> hits = tree.query(box);
        return hits.stream().filter(j -> points.get(j).distance(p) <= radius).mapToInt(Integer::intValue).sorted().toArray();
    }
}
