package nl.kansenkaart.clusters;

/** The kinds of cluster step 1 produces for each sector cluster. */
public enum ClusterLevel {
    /** All establishments of the sector cluster in the study region: ranked and selected. */
    SECTOR,
    /** A dense group of its establishments found by DBSCAN: where the sector concentrates. */
    DENSITY,
    /** Its establishments in one municipality. */
    MUNICIPALITY,
    /** Its establishments on one business park (when the project has business parks). */
    BUSINESS_PARK
}
