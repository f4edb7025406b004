package nl.kansenkaart.resources;

/** How far the project has one of the governments' own flows. */
public enum OwnFlowStatus {
    /** Found, all from LMA or published plant figures. */
    MEASURED,
    /** Found, partly measured and partly estimated. */
    MIXED,
    /** Found, from key figures only. */
    ESTIMATED,
    /** Establishments of the cluster receive it, but none is known to give it off. */
    RECEIVED_ONLY,
    /** Not in the project: a gap to fill in the next round of data collection. */
    NOT_FOUND
}
