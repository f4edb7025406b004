package nl.kansenkaart.matching;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.hprtree.HPRtree;

/**
 * Located flow nodes in a JTS packed R-tree, answering "the k nearest that pass a filter, within a
 * radius": the demands one rule group can serve (the candidate search), or supplies (whether any
 * reaches a demand, for the unmatched report). The window starts at a radius that holds about k points at
 * the index's mean density and doubles until k are found or the radius is reached: every point
 * within the final window radius has been seen, so the k nearest among them are the k nearest overall.
 * <p>JTS's HPRtree (Hilbert-packed, items in primitive arrays) rather than its STRtree: on the
 * 50,000 x 50,000 benchmark the same queries take about half the CPU time. Read-only after
 * construction, so several threads may query it, each with its own {@link Hits}.
 */
final class NodeIndex {

    /** Decides per candidate demand whether it may pair with the current supply. */
    interface Filter {
        boolean accept(int demand);
    }

    /** Up to 67 million demand nodes; squared distances in units of 100 m2 up to (3,700 km)^2 fit 37 bits. */
    static final int INDEX_BITS = 26;
    static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    static final double MAX_D2 = (double) ((1L << 37) - 1);

    /**
     * A query's hit buffer, one per thread: hits as (squared distance / 100 m2) << 26 | index, so
     * one primitive sort orders them by distance, then index.
     */
    static final class Hits {
        long[] keys = new long[64];
        int size;

        void add(int i, double d2) {
            if (size == keys.length) keys = Arrays.copyOf(keys, size * 2);
            keys[size++] = ((long) Math.min(d2 / 100, MAX_D2)) << INDEX_BITS | i;
        }
    }

    /** An indexed demand with what the filter needs, so a query touches no other arrays. */
    private static final class Point {
        final int index;
        final int actor;
        final int unit;
        final double x;
        final double y;

        Point(FlowNode d, int actor) {
            this.index = d.index();
            this.actor = actor;
            this.unit = d.unit().ordinal();
            this.x = d.x();
            this.y = d.y();
        }
    }

    private final HPRtree tree = new HPRtree();
    private final double[] xs;
    private final double[] ys;
    private final int size;
    private final double meanArea; // m2 per point

    /**
     * @param actorOf the actor number of each demand node, by node index (a supply never pairs with its own actor)
     * @param xs      x of each demand node by index (exact distances of the k found)
     */
    NodeIndex(List<FlowNode> demands, int[] actorOf, double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
        // Points are created in Morton order so that neighbours in space are neighbours in memory.
        List<FlowNode> sorted = new java.util.ArrayList<>(demands);
        sorted.sort(java.util.Comparator.comparingLong(d -> morton(d.x(), d.y())));
        Envelope all = new Envelope();
        for (FlowNode d : sorted) {
            Envelope e = new Envelope(d.x(), d.x(), d.y(), d.y());
            tree.insert(e, new Point(d, actorOf[d.index()]));
            all.expandToInclude(e);
        }
        tree.build();
        if (demands.size() > INDEX_MASK) throw new IllegalArgumentException("too many demand nodes: " + demands.size());
        size = demands.size();
        meanArea = size == 0 ? 1 : Math.max(all.getArea(), 1e6) / size;
    }

    /** Interleaves the bits of x and y in 100 m steps from the RD origin area. */
    private static long morton(double x, double y) {
        long xi = Math.max(0, Math.min(0xFFFFF, (long) ((x + 100_000) / 100))), yi = Math.max(0, Math.min(0xFFFFF, (long) (y / 100)));
        long m = 0;
        for (int b = 0; b < 20; b++) m |= ((xi >> b) & 1L) << (2 * b) | ((yi >> b) & 1L) << (2 * b + 1);
        return m;
    }

    int size() {
        return size;
    }

    /**
     * Fills {@code outIdx}/{@code outDist} with up to k demands nearest to (x, y) within maxRadius
     * metres, of the given unit and another actor than {@code actor}, that pass the extra filter
     * (null = none); nearest first, ties by index. Returns how many.
     */
    int nearest(double x, double y, int k, double maxRadius, int actor, int unit, Filter extra, Hits hits, int[] outIdx,
                double[] outDist) {
        if (size == 0) return 0;
        double r = Math.min(maxRadius, Math.max(500, Math.sqrt(k * meanArea / Math.PI)));
        while (true) {
            hits.size = 0;
            final double r2 = r * r;
            tree.query(new Envelope(x - r, x + r, y - r, y + r), item -> {
                Point p = (Point) item;
                double dx = p.x - x, dy = p.y - y, d2 = dx * dx + dy * dy;
                if (d2 <= r2 && p.actor != actor && p.unit == unit && (extra == null || extra.accept(p.index))) hits.add(p.index, d2);
            });
            if (hits.size >= k || r >= maxRadius) break;
            r = Math.min(maxRadius, r * 2);
        }
        int n = Math.min(k, hits.size);
        Arrays.sort(hits.keys, 0, hits.size);
        for (int j = 0; j < n; j++) {
            int i = (int) (hits.keys[j] & INDEX_MASK);
            outIdx[j] = i;
            double dx = xs[i] - x, dy = ys[i] - y;
            outDist[j] = Math.sqrt(dx * dx + dy * dy);
        }
        return n;
    }
}
