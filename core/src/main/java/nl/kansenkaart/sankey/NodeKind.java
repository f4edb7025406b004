package nl.kansenkaart.sankey;

/** The column a node belongs to in a cluster's flow diagram: where flows come from, what they are, where they go. */
public enum NodeKind {
    /** An activity (SBI class) of the cluster, or what its collectors gather. */
    SOURCE,
    /** A material: an EURAL code or a named resource. */
    MATERIAL,
    /** Today's processing, by R-ladder level, or "not known" for estimates. */
    PROCESSING
}
