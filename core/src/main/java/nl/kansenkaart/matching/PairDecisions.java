package nl.kansenkaart.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analyst's decisions translated to node indices of one run: which pairs are rejected, which
 * pinned (per supply), which decided at all; and the decisions whose pair is gone, for the report.
 */
final class PairDecisions {

    private final Set<Long> rejected = new HashSet<>();
    private final Map<Long, Decision> decided = new HashMap<>();
    private final Map<Integer, List<Integer>> pinnedBySupply = new HashMap<>();
    private final List<String> stale = new ArrayList<>();

    PairDecisions(DecisionSet decisions, List<FlowNode> supplies, List<FlowNode> demands) {
        if (decisions.byPair().isEmpty()) return;
        Map<String, List<Integer>> supplyByKey = new HashMap<>();
        Map<String, List<Integer>> demandByKey = new HashMap<>();
        for (FlowNode s : supplies) supplyByKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s.index());
        for (FlowNode d : demands) demandByKey.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(d.index());
        decisions.byPair().entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.text().compareTo(b.text()))).forEach(e -> {
            PairKey p = e.getKey();
            List<Integer> ss = supplyByKey.getOrDefault(p.supplyRef() + "|" + p.supplyMaterial(), List.of());
            List<Integer> ds = demandByKey.getOrDefault(p.demandRef() + "|" + p.demandMaterial(), List.of());
            if ((ss.isEmpty() || ds.isEmpty()) && e.getValue() != Decision.REJECT)
                stale.add(e.getValue().label() + " " + p.id() + " (" + p.text() + "): supply or demand no longer present");
            for (int s : ss)
                for (int d : ds) {
                    long pair = pair(s, d);
                    decided.put(pair, e.getValue());
                    if (e.getValue() == Decision.REJECT) rejected.add(pair);
                    if (e.getValue() == Decision.PIN) pinnedBySupply.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
                }
        });
    }

    private static long pair(int s, int d) {
        return ((long) s << 32) | (d & 0xFFFFFFFFL);
    }

    Decision get(int s, int d) {
        return decided.isEmpty() ? null : decided.get(pair(s, d));
    }

    boolean anyRejected() {
        return !rejected.isEmpty();
    }

    boolean rejected(int s, int d) {
        return rejected.contains(pair(s, d));
    }

    List<Integer> pinned(int s) {
        return pinnedBySupply.getOrDefault(s, List.of());
    }

    /** Readable lines for decisions whose supply or demand is no longer present. */
    List<String> stale() {
        return stale;
    }
}
