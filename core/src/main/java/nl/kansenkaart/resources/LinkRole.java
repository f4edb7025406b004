package nl.kansenkaart.resources;

/** The part an establishment plays in an LMA record it is linked to. */
public enum LinkRole {
    /** The ontdoener of an ordinary record: the waste arose there. */
    PRODUCER,
    /**
     * The ontdoener of a route-collection or collector-scheme record: the collector, who gathered the
     * waste from many producers that LMA does not name. The waste is throughput, not the collector's residue.
     */
    COLLECTOR,
    /** The processor (or first taker) that received the waste. */
    PROCESSOR
}
