package nl.kansenkaart.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For the unmatched report: whether a demand that got no candidate had a compatible supply within
 * that supply's haul distance (then it was only not among the supplies' nearest takers) or none at
 * all. Supplies are indexed per rule group and haul radius, since radii differ per transport class
 * and the question is asked from the demand's side; built only when some demand needs the answer.
 */
final class SupplyReach {

    private record Bucket(int group, double radius) {}

    private final CandidateSearch cs;
    private final Map<Integer, List<Map.Entry<Bucket, NodeIndex>>> byGroup = new HashMap<>();
    private final NodeIndex.Hits hits = new NodeIndex.Hits();
    private final int[] idx = new int[1];
    private final double[] dist = new double[1];

    SupplyReach(CandidateSearch cs) {
        this.cs = cs;
        Map<Bucket, List<FlowNode>> members = new HashMap<>();
        for (FlowNode s : cs.supplies) {
            int i = s.index();
            if (cs.supplyOut[i] != null) continue;
            double radius = cs.radiusM(i);
            boolean[] added = new boolean[cs.groupCount()];
            for (int r : cs.supplyRules[i]) {
                int g = cs.ruleGroup[r];
                if (added[g]) continue;
                added[g] = true;
                members.computeIfAbsent(new Bucket(g, radius), b -> new ArrayList<>()).add(s);
            }
        }
        double[] xs = new double[cs.supplies.size()], ys = new double[cs.supplies.size()];
        for (FlowNode s : cs.supplies) {
            xs[s.index()] = s.x();
            ys[s.index()] = s.y();
        }
        members.forEach((b, list) -> byGroup.computeIfAbsent(b.group(), g -> new ArrayList<>())
                .add(Map.entry(b, new NodeIndex(list, cs.supplyActor, xs, ys))));
    }

    /** Whether some compatible supply of another actor, in the same unit and not rejected with it, reaches demand d. */
    boolean reachable(int d) {
        FlowNode demand = cs.demands.get(d);
        NodeIndex.Filter notRejected = cs.decisions.anyRejected() ? s -> !cs.decisions.rejected(s, d) : null;
        for (int g = 0; g < cs.groupCount(); g++) {
            if (!cs.inGroup[g][d]) continue;
            for (Map.Entry<Bucket, NodeIndex> e : byGroup.getOrDefault(g, List.of())) {
                int n = e.getValue().nearest(demand.x(), demand.y(), 1, e.getKey().radius(), cs.demandActor[d], cs.demandUnit[d],
                        notRejected, hits, idx, dist);
                if (n > 0) return true;
            }
        }
        return false;
    }
}
