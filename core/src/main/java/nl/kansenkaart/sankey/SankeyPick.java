package nl.kansenkaart.sankey;

/**
 * What the analyst pointed at in a drawn diagram: a node or a band (exactly one is set). Held by
 * ids and link values, so a pick survives a new layout after the window is resized.
 */
public record SankeyPick(String nodeId, SankeyLink link) {

    public SankeyPick {
        if ((nodeId == null) == (link == null)) throw new IllegalArgumentException("a pick is a node or a band");
    }

    public static SankeyPick node(String id) {
        return new SankeyPick(id, null);
    }

    public static SankeyPick band(SankeyLink link) {
        return new SankeyPick(null, link);
    }

    public boolean isNode() {
        return nodeId != null;
    }

    /** Whether a band is part of this pick: the band itself, or a band at the picked node. */
    public boolean includes(SankeyLink l) {
        return isNode() ? l.source().equals(nodeId) || l.target().equals(nodeId) : link.equals(l);
    }
}
