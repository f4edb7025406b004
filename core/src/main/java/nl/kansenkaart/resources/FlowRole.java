package nl.kansenkaart.resources;

/** What a flow line is in a cluster's material balance. */
public enum FlowRole {
    /** A residue that arises at the establishment (reststroom): LMA as ontdoener, or a key figure. */
    RESIDUE,
    /** Waste a collector gathered by route collection: throughput, not its own residue. */
    ROUTE_COLLECTED,
    /** Waste the establishment received for processing (LMA as processor): a measured raw-material input. */
    INTAKE,
    /** A by-product without a waste code: residual heat, CO2, struvite. */
    BYPRODUCT,
    /** A raw material the establishment needs (vraag), from key figures. */
    DEMAND
}
