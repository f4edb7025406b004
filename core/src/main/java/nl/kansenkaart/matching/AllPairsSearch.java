package nl.kansenkaart.matching;

import java.util.Arrays;

/**
 * The candidates of {@link CandidateSearch} without the spatial index: every supply against every
 * demand, with the same filters, radius, k nearest per rule and rule order. The tests use it as the
 * reference; the benchmark as the naive baseline. Pins are not applied.
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
                    perRule[r][counts[r]++] = ((long) Math.min(d2 / 100, DemandIndex.MAX_D2)) << DemandIndex.INDEX_BITS | d;
                }
            }
            for (int r : rs) {
                if (counts[r] == 0) continue;
                Arrays.sort(perRule[r], 0, counts[r]);
                for (int j = 0; j < Math.min(k, counts[r]); j++) {
                    int d = (int) (perRule[r][j] & DemandIndex.INDEX_MASK);
                    if (seenBy[d] == s + 1) continue;
                    seenBy[d] = s + 1;
                    double dist = supply.distanceTo(cs.demands.get(d));
                    c.add(s, d, r, dist, cs.costPerUnit(s, dist), cs.tierOf(s, d));
                }
            }
        }
        return c;
    }
}
