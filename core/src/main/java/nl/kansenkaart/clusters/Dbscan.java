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
    private static final int UNVISITED = Integer.MIN_VALUE;

    private Dbscan() {}

    /** A cluster number (0, 1, ...) per input point, or {@link #NOISE}. */
    public static int[] cluster(List<Coordinate> points, double radius, int minPoints) {
        if (!(radius > 0)) throw new IllegalArgumentException("DBSCAN radius must be > 0 m");
        if (minPoints < 1) throw new IllegalArgumentException("DBSCAN minimum points must be >= 1");
        int n = points.size();
        STRtree tree = new STRtree();
        for (int i = 0; i < n; i++) tree.insert(new Envelope(points.get(i)), i);
        int[] label = new int[n];
        Arrays.fill(label, UNVISITED);
        int next = 0;
        Deque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (label[i] != UNVISITED) continue;
            int[] seeds = neighbours(tree, points, i, radius);
            if (seeds.length < minPoints) {
                label[i] = NOISE;
                continue;
            }
            int id = next++;
            label[i] = id;
            claim(seeds, label, id, queue);
            while (!queue.isEmpty()) {
                int[] more = neighbours(tree, points, queue.poll(), radius);
                if (more.length >= minPoints) claim(more, label, id, queue);
            }
        }
        return label;
    }

    /** Puts the neighbours of a core point in cluster {@code id}; unvisited ones are queued once, noise becomes border. */
    private static void claim(int[] neighbours, int[] label, int id, Deque<Integer> queue) {
        for (int m : neighbours) {
            if (label[m] == NOISE) label[m] = id;
            else if (label[m] == UNVISITED) {
                label[m] = id;
                queue.add(m);
            }
        }
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
