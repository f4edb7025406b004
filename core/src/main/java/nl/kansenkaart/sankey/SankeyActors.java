package nl.kansenkaart.sankey;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.resources.ClusterMaterials;
import nl.kansenkaart.resources.FlowInventory;
import nl.kansenkaart.resources.FlowLine;

/**
 * Which establishments are behind each node and band of a flow diagram: for a cluster's residues
 * from their own flow lines under the rules {@link ClusterSankey} draws by, for the matched flows
 * the suppliers and takers of the matches ({@link MatchSankey}); so pointing at a node or band can
 * show the companies on the map.
 */
public final class SankeyActors {

    private final Map<String, Set<String>> byNode = new HashMap<>();
    private final Map<String, Set<String>> byLink = new HashMap<>();

    SankeyActors() {}

    void addNode(String nodeId, String ref) {
        byNode.computeIfAbsent(nodeId, k -> new TreeSet<>()).add(ref);
    }

    void addLink(String source, String target, DataQuality quality, String ref) {
        byLink.computeIfAbsent(key(source, target, quality), k -> new TreeSet<>()).add(ref);
    }

    public static SankeyActors of(Collection<Company> members, FlowInventory flows) {
        SankeyActors a = new SankeyActors();
        for (Company c : members) {
            String activity = ClusterMaterials.activity(c.sbi());
            for (FlowLine l : flows.of(c.ref())) {
                if (l.unit() != QuantityUnit.TONNE || !(l.amount() > 0)) continue;
                String source = ClusterSankey.sourceId(l.role(), activity);
                if (source == null) continue;
                String material = ClusterSankey.materialId(l.material());
                String target = ClusterSankey.processingId(l.role(), l.quality(), l.methodCode(), l.rLevel());
                for (String n : List.of(source, material, target)) a.byNode.computeIfAbsent(n, k -> new TreeSet<>()).add(c.ref());
                a.byLink.computeIfAbsent(key(source, material, l.quality()), k -> new TreeSet<>()).add(c.ref());
                a.byLink.computeIfAbsent(key(material, target, l.quality()), k -> new TreeSet<>()).add(c.ref());
            }
        }
        return a;
    }

    /** The refs behind a node of the (unaggregated) diagram. */
    public Set<String> behindNode(String nodeId) {
        return Set.copyOf(byNode.getOrDefault(nodeId, Set.of()));
    }

    /** The refs behind a band of the (unaggregated) diagram. */
    public Set<String> behindLink(SankeyLink l) {
        return Set.copyOf(byLink.getOrDefault(key(l.source(), l.target(), l.quality()), Set.of()));
    }

    /** The refs behind what was picked in a drawing whose small nodes may be merged into "other". */
    public Set<String> behind(SankeyPick pick, SankeyAggregation.Result drawn) {
        Set<String> out = new TreeSet<>();
        if (pick.isNode()) {
            for (String id : drawn.originalsOf(pick.nodeId())) out.addAll(behindNode(id));
            return out;
        }
        SankeyLink l = pick.link();
        for (String s : drawn.originalsOf(l.source()))
            for (String t : drawn.originalsOf(l.target()))
                out.addAll(byLink.getOrDefault(key(s, t, l.quality()), Set.of()));
        return out;
    }

    private static String key(String source, String target, DataQuality quality) {
        return source + "\u0000" + target + "\u0000" + quality;
    }
}
