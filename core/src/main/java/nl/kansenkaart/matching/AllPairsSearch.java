package nl.kansenkaart.matching;

import java.util.Arrays;

/**
 * The candidates of {@link CandidateSearch} without the spatial index: every supply against every
 * demand, with the same filters, radius, k nearest per rule (widened for large supplies the same way)
 * and rule order. The tests use it as the reference; the benchmark as the naive baseline. Pins are
 * not applied.
 */
final class AllPairsSearch {

    private AllPairsSearch() {}

    /** @param subset supply indices to search, in increasing order */
    static Candidates search(CandidateSearch cs, int[] subset) {
        Candidates c = new Candidates();
        int k = cs.settings.maxCandidates();
        int nd = cs.demands.size();
        int[] seenBy = new int[nd];
        long[][] perRule = new long[cs.rules.size()][];
        int[] counts = new int[cs.rules.size()];
        for (int s : subset) {
            if (cs.supplyOut[s] != null) continue;
            FlowNode supply = cs.supplies.get(s);
            double radius = cs.radiusM(s), r2 = radius * radius, x = supply.x(), y = supply.y();
            int actor = cs.supplyActor[s], unit = supply.unit().ordinal();
            int[] rs = cs.supplyRules[s];
            for (int r : rs) counts[r] = 0;
            for (int d = 0; d < nd; d++) {
                if (cs.demandOut[d] != null || cs.demandActor[d] == actor || cs.demandUnit[d] != unit) continue;
                if (cs.decisions.anyRejected() && cs.decisions.rejected(s, d)) continue;
                double dx = cs.dxs[d] - x, dy = cs.dys[d] - y, d2 = dx * dx + dy * dy;
                if (d2 > r2) continue;
                for (int r : rs) {
                    if (!cs.inGroup[cs.ruleGroup[r]][d]) continue;
                    if (perRule[r] == null || counts[r] == perRule[r].length)
                        perRule[r] = perRule[r] == null ? new long[256] : Arrays.copyOf(perRule[r], counts[r] * 2);
                    perRule[r][counts[r]++] = ((long) Math.min(d2 / 100, NodeIndex.MAX_D2)) << NodeIndex.INDEX_BITS | d;
                }
            }
            for (int r : rs) {
                if (counts[r] == 0) continue;
                Arrays.sort(perRule[r], 0, counts[r]);
                int groupSize = cs.groupSize(cs.ruleGroup[r]);
                int want = k, n = Math.min(want, counts[r]);
                while (n == want && want < groupSize && canTake(cs, perRule[r], n) < supply.amount()) {
                    want = (int) Math.min(groupSize, 2L * want);
                    n = Math.min(want, counts[r]);
                }
                for (int j = 0; j < n; j++) {
                    int d = (int) (perRule[r][j] & NodeIndex.INDEX_MASK);
                    if (seenBy[d] == s + 1) continue;
                    seenBy[d] = s + 1;
                    double dist = supply.distanceTo(cs.demands.get(d));
                    c.add(s, d, r, dist, cs.costPerUnit(s, dist), cs.tierOf(s, d));
                }
            }
        }
        return c;
    }

    private static double canTake(CandidateSearch cs, long[] sorted, int n) {
        double sum = 0;
        for (int j = 0; j < n; j++) sum += cs.demandAmount[(int) (sorted[j] & NodeIndex.INDEX_MASK)];
        return sum;
    }
}
