package nl.kansenkaart.sankey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import nl.kansenkaart.model.DataQuality;

/**
 * Keeps a diagram readable: a column with more nodes than the limit keeps its largest nodes and
 * merges the rest into one "other" node, whose links are the sums of theirs (per data quality, so
 * measured and estimated stay apart). Every value is kept, so flows still balance at every node.
 */
public final class SankeyAggregation {

    /** Id prefix of the merged nodes: {@code other:MATERIAL}. */
    public static final String OTHER_PREFIX = "other:";

    /**
     * The aggregated diagram and, for every node of the original, the node it is drawn as (itself,
     * or the "other" node of its column), so a selection can be traced back to what is behind it.
     */
    public record Result(SankeyDiagram diagram, Map<String, String> drawnAs) {

        public Result {
            drawnAs = Map.copyOf(drawnAs);
        }

        /** The original nodes drawn as {@code drawnId}: itself, or all those merged into an "other" node. */
        public List<String> originalsOf(String drawnId) {
            List<String> out = new ArrayList<>();
            for (Map.Entry<String, String> e : drawnAs.entrySet()) if (e.getValue().equals(drawnId)) out.add(e.getKey());
            out.sort(Comparator.naturalOrder());
            return out;
        }
    }

    private SankeyAggregation() {}

    /**
     * @param maxNodesPerColumn at least 2: the largest {@code max - 1} nodes stay, the rest become one
     * @param otherLabel        label of a merged node, given how many nodes it stands for
     */
    public static Result limit(SankeyDiagram d, int maxNodesPerColumn, IntFunction<String> otherLabel) {
        if (maxNodesPerColumn < 2) throw new IllegalArgumentException("a column needs room for at least 2 nodes, got " + maxNodesPerColumn);
        Map<NodeKind, List<SankeyNode>> columns = new EnumMap<>(NodeKind.class);
        for (SankeyNode n : d.nodes()) columns.computeIfAbsent(n.kind(), k -> new ArrayList<>()).add(n);
        Map<String, String> drawnAs = new LinkedHashMap<>();
        Map<String, SankeyNode> kept = new LinkedHashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < d.nodes().size(); i++) order.put(d.nodes().get(i).id(), i);
        for (SankeyNode n : d.nodes()) {
            List<SankeyNode> column = columns.get(n.kind());
            if (column.size() <= maxNodesPerColumn) {
                drawnAs.put(n.id(), n.id());
                kept.put(n.id(), n);
            }
        }
        for (Map.Entry<NodeKind, List<SankeyNode>> e : columns.entrySet()) {
            List<SankeyNode> column = e.getValue();
            if (column.size() <= maxNodesPerColumn) continue;
            List<SankeyNode> bySize = new ArrayList<>(column);
            // Largest first; equal sizes keep the diagram's order, so the result is reproducible.
            bySize.sort(Comparator.comparingDouble((SankeyNode n) -> -throughput(d, n.id())).thenComparing(n -> order.get(n.id())));
            String otherId = OTHER_PREFIX + e.getKey().name();
            int merged = column.size() - (maxNodesPerColumn - 1);
            for (int i = 0; i < bySize.size(); i++) drawnAs.put(bySize.get(i).id(), i < maxNodesPerColumn - 1 ? bySize.get(i).id() : otherId);
            for (SankeyNode n : column) if (drawnAs.get(n.id()).equals(n.id())) kept.put(n.id(), n);
            kept.put(otherId, new SankeyNode(otherId, otherLabel.apply(merged), e.getKey()));
        }
        List<SankeyNode> nodes = new ArrayList<>();
        for (SankeyNode n : d.nodes()) if (kept.containsKey(n.id())) nodes.add(n);
        for (SankeyNode n : kept.values()) if (n.id().startsWith(OTHER_PREFIX) && !nodes.contains(n)) nodes.add(n);

        record Key(String source, String target, DataQuality quality) {}
        Map<Key, Double> sums = new LinkedHashMap<>();
        for (SankeyLink l : d.links())
            sums.merge(new Key(drawnAs.get(l.source()), drawnAs.get(l.target()), l.quality()), l.value(), Double::sum);
        List<SankeyLink> links = new ArrayList<>();
        for (Map.Entry<Key, Double> e : sums.entrySet())
            links.add(new SankeyLink(e.getKey().source(), e.getKey().target(), e.getValue(), d.unit(), e.getKey().quality()));
        return new Result(new SankeyDiagram(d.title(), d.unit(), nodes, links, d.headKey()), drawnAs);
    }

    /** What flows through a node: the larger of what comes in and what goes out. */
    static double throughput(SankeyDiagram d, String id) {
        return Math.max(d.inflow(id), d.outflow(id));
    }
}
