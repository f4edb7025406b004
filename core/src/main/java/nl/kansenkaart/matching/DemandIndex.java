package nl.kansenkaart.matching;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The located demand nodes one rule can serve, in a JTS STRtree, answering "the k nearest that
 * pass a filter, within a radius". The window grows from a radius that holds about k points at the
 * index's mean density and doubles until k are found or the radius is reached: every point within
 * the final window radius has been seen, so the k nearest among them are the k nearest overall.
 * Not thread-safe (it reuses its hit buffer); one per search.
 */
final class DemandIndex {

    /** Decides per candidate demand whether it may pair with the current supply. */
    interface Filter {
        boolean accept(int demand);
    }

    /** Up to 67 million demand nodes; squared distances in units of 100 m2 up to (3,700 km)^2 fit 37 bits. */
    static final int INDEX_BITS = 26;
    static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    static final double MAX_D2 = (double) ((1L << 37) - 1);

    private final STRtree tree = new STRtree();
    private final double[] xs;
    private final double[] ys;
    private final int size;
    private final double meanArea; // m2 per point

    /** Hits as (squared distance / 100 m2) << 26 | index: one primitive sort orders by distance, then index. */
    private long[] hitKeys = new long[64];
    private int hits;

    DemandIndex(List<FlowNode> demands, double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
        Envelope all = new Envelope();
        for (FlowNode d : demands) {
            Envelope e = new Envelope(d.x(), d.x(), d.y(), d.y());
            tree.insert(e, d.index());
            all.expandToInclude(e);
        }
        tree.build();
        if (demands.size() > INDEX_MASK) throw new IllegalArgumentException("too many demand nodes: " + demands.size());
        size = demands.size();
        meanArea = size == 0 ? 1 : Math.max(all.getArea(), 1e6) / size;
    }

    int size() {
        return size;
    }

    /**
     * Fills {@code outIdx}/{@code outDist} with up to k demands nearest to (x, y) within maxRadius
     * metres that pass the filter, nearest first (ties by index); returns how many.
     */
    int nearest(double x, double y, int k, double maxRadius, Filter filter, int[] outIdx, double[] outDist) {
        if (size == 0) return 0;
        double r = Math.min(maxRadius, Math.max(500, Math.sqrt(k * meanArea / Math.PI) * 1.5));
        while (true) {
            hits = 0;
            final double r2 = r * r;
            tree.query(new Envelope(x - r, x + r, y - r, y + r), item -> {
                int i = (Integer) item;
                double dx = xs[i] - x, dy = ys[i] - y, d2 = dx * dx + dy * dy;
                if (d2 <= r2 && filter.accept(i)) add(i, d2);
            });
            if (hits >= k || r >= maxRadius) break;
            r = Math.min(maxRadius, r * 2);
        }
        int n = Math.min(k, hits);
        Arrays.sort(hitKeys, 0, hits);
        for (int j = 0; j < n; j++) {
            int i = (int) (hitKeys[j] & INDEX_MASK);
            outIdx[j] = i;
            double dx = xs[i] - x, dy = ys[i] - y;
            outDist[j] = Math.sqrt(dx * dx + dy * dy);
        }
        return n;
    }

    private void add(int i, double d2) {
        if (hits == hitKeys.length) hitKeys = Arrays.copyOf(hitKeys, hits * 2);
        hitKeys[hits++] = ((long) Math.min(d2 / 100, MAX_D2)) << INDEX_BITS | i;
    }
}
