package nl.kansenkaart.matching;

import java.util.Arrays;
import java.util.List;

/**
 * Distributes each supply over its candidate demands without exceeding either side.
 * <p>All candidate pairs are put in one global order: analyst pins first, then accepted pairs, then
 * by R-level (best first), then by transport cost per unit, then by a stable sequence (supply, then
 * distance, then demand, all by stable keys). Walking that order, each pair takes as much as both
 * sides still have. This is the exact min-cost flow for lexicographic costs, where every pair
 * outweighs all pairs after it: no later pair can win quantity from an earlier one. Equivalently the
 * result has no "blocking pair": no candidate pair whose supply and demand would both rather trade
 * with each other than keep what they have (or their leftover). Deterministic by construction.
 * <p>It does not reshuffle earlier pairs to make room for later ones (a global min-cost flow might
 * move more tonnes in total); the unmatched report shows what that leaves.
 */
final class Allocator {

    /** Costs are ordered to 1/10,000 EUR per unit, up to 1.7 million EUR per unit. */
    private static final double COST_STEP = 1e-4;
    private static final long COST_MAX = (1L << 34) - 1;
    private static final int SEQ_BITS = 23;

    private Allocator() {}

    static Allocation allocate(Candidates c, List<CompatibilityRule> rules, double[] supplyAmount, double[] demandAmount) {
        int[] order = order(c, rules);
        double[] sLeft = supplyAmount.clone();
        double[] dLeft = demandAmount.clone();
        int[] edges = new int[Math.min(c.size, supplyAmount.length + demandAmount.length)];
        double[] amounts = new double[edges.length];
        int n = 0;
        for (int e : order) {
            int s = c.supply[e], d = c.demand[e];
            double q = Math.min(sLeft[s], dLeft[d]);
            if (!(q > 0)) continue;
            // One side reaches exactly zero (x - x == 0), so there are at most supplies + demands
            // allocations; rounding crumbs on the other side are swept to zero as well.
            sLeft[s] = clean(sLeft[s] - q, supplyAmount[s]);
            dLeft[d] = clean(dLeft[d] - q, demandAmount[d]);
            if (n == edges.length) {
                edges = Arrays.copyOf(edges, n * 2 + 1);
                amounts = Arrays.copyOf(amounts, n * 2 + 1);
            }
            edges[n] = e;
            amounts[n] = q;
            n++;
        }
        return new Allocation(edges, amounts, n, sLeft, dLeft);
    }

    private static double clean(double left, double total) {
        return left <= 1e-9 * total ? 0 : left;
    }

    /** Candidate indices in allocation order. Candidates are generated in the stable sequence already. */
    static int[] order(Candidates c, List<CompatibilityRule> rules) {
        int n = c.size;
        if (n < (1 << SEQ_BITS)) {
            long[] keys = new long[n];
            for (int e = 0; e < n; e++) {
                long cost = Math.min(COST_MAX, Math.round(c.costPerUnit[e] / COST_STEP));
                keys[e] = ((long) c.tier[e] << 61) | ((long) rules.get(c.rule[e]).rLevel().rank() << 57) | (cost << SEQ_BITS) | e;
            }
            Arrays.sort(keys);
            int[] order = new int[n];
            for (int i = 0; i < n; i++) order[i] = (int) (keys[i] & ((1L << SEQ_BITS) - 1));
            return order;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) boxed[i] = i;
        Arrays.sort(boxed, (a, b) -> {
            int x = Byte.compare(c.tier[a], c.tier[b]);
            if (x == 0) x = Integer.compare(rules.get(c.rule[a]).rLevel().rank(), rules.get(c.rule[b]).rLevel().rank());
            if (x == 0) x = Long.compare(Math.round(c.costPerUnit[a] / COST_STEP), Math.round(c.costPerUnit[b] / COST_STEP));
            return x != 0 ? x : Integer.compare(a, b);
        });
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = boxed[i];
        return order;
    }
}
