package nl.kansenkaart.model;

/**
 * Which address of an LMA notification put it on the map. The law asks for the locatie van
 * herkomst; when that is missing or cannot be located the ontdoener's address stands in, and maps
 * and the analysis must know which of the two they are drawing.
 */
public enum LocationBasis {
    /** Locatie van herkomst (Herkomst_Postcode ...): where the waste arose. */
    ORIGIN,
    /** The ontdoener's address: for dispatch reports the dispatching site, otherwise a fallback. */
    ONTDOENER,
    /** Not located. */
    NONE
}
