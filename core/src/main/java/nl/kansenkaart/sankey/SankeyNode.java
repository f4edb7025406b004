package nl.kansenkaart.sankey;

/** A node of a flow diagram: a stable id, the label to print, and its kind (column). */
public record SankeyNode(String id, String label, NodeKind kind) {

    public SankeyNode {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a Sankey node needs an id");
        if (kind == null) throw new IllegalArgumentException("a Sankey node needs a kind");
        label = label == null ? id : label;
    }
}
