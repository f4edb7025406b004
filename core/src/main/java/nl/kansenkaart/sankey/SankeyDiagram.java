package nl.kansenkaart.sankey;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The data behind a Sankey diagram (nodes and links, one unit), separate from any layout or
 * drawing: a renderer orders the columns by {@link NodeKind} and sizes links by value.
 *
 * @param headKey text key prefix of the column heads ({@code sankey.column.} + the kind): what the
 *                columns mean differs between a cluster's residues and the matched flows
 */
public record SankeyDiagram(String title, String unit, List<SankeyNode> nodes, List<SankeyLink> links, String headKey) {

    /** Column heads of a cluster's residues: source, material, processing today. */
    public static final String RESIDUE_HEADS = "sankey.column.";

    public SankeyDiagram(String title, String unit, List<SankeyNode> nodes, List<SankeyLink> links) {
        this(title, unit, nodes, links, RESIDUE_HEADS);
    }

    public SankeyDiagram {
        headKey = headKey == null ? RESIDUE_HEADS : headKey;
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        Set<String> ids = new HashSet<>();
        for (SankeyNode n : nodes) if (!ids.add(n.id())) throw new IllegalArgumentException("Sankey node " + n.id() + " appears twice");
        for (SankeyLink l : links) {
            if (!ids.contains(l.source()) || !ids.contains(l.target()))
                throw new IllegalArgumentException("Sankey link " + l.source() + " -> " + l.target() + " names an unknown node");
            if (!l.unit().equals(unit)) throw new IllegalArgumentException("Sankey link in " + l.unit() + " in a diagram in " + unit);
        }
    }

    /** Sum of the values of the links leaving a node. */
    public double outflow(String nodeId) {
        return links.stream().filter(l -> l.source().equals(nodeId)).mapToDouble(SankeyLink::value).sum();
    }

    /** Sum of the values of the links entering a node. */
    public double inflow(String nodeId) {
        return links.stream().filter(l -> l.target().equals(nodeId)).mapToDouble(SankeyLink::value).sum();
    }

    public boolean isEmpty() {
        return links.isEmpty();
    }
}
