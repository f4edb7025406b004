package nl.kansenkaart.model;

/**
 * How a record was put on the map, best first. Maps and data-quality figures show this so an
 * analyst never mistakes a postcode centroid for an address.
 */
public enum LocationPrecision {
    /** Coordinates given in the source (RD or WGS84) and inside the Netherlands. */
    COORDINATES,
    /** An address point from a user-loaded address table. */
    ADDRESS,
    /** Centroid of a six-position postcode (1234AB) from a user-loaded table. */
    PC6,
    /** Centroid of a four-digit postcode area (shipped table). */
    PC4,
    /** Could not be located; the record is kept but not drawn. */
    NOT_LOCATED;

    public boolean isLocated() {
        return this != NOT_LOCATED;
    }

    /** Whether the location is finer than a postcode-4 area. */
    public boolean isPrecise() {
        return this == COORDINATES || this == ADDRESS || this == PC6;
    }
}
