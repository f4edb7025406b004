package nl.kansenkaart.geo;

/**
 * Tells RD New from WGS84 coordinates in a table, by where the pair lands: RD New metres and
 * WGS84 degrees of the Netherlands have no values in common, so one test per reading is enough.
 * Swapped columns (latitude in the longitude column, y in x) are recognised too, because they are a
 * common export mistake.
 */
public final class NlCoordinates {

    /** How a pair was read. */
    public enum Reading { RD, RD_SWAPPED, WGS84, WGS84_SWAPPED }

    /** A point in RD New and how the source pair was read. */
    public record Point(double x, double y, Reading reading) {}

    private NlCoordinates() {}

    /**
     * Reads a pair as given in the columns (x or longitude first, y or latitude second) and returns
     * it in RD New, or null when no reading puts it inside the Netherlands.
     */
    public static Point toRd(double first, double second, RdNew rd) {
        if (Double.isNaN(first) || Double.isNaN(second) || Double.isInfinite(first) || Double.isInfinite(second)) return null;
        if (NetherlandsBounds.containsRd(first, second)) return new Point(first, second, Reading.RD);
        if (NetherlandsBounds.containsRd(second, first)) return new Point(second, first, Reading.RD_SWAPPED);
        if (NetherlandsBounds.containsWgs84(first, second)) return wgs(first, second, rd, Reading.WGS84);
        if (NetherlandsBounds.containsWgs84(second, first)) return wgs(second, first, rd, Reading.WGS84_SWAPPED);
        return null;
    }

    private static Point wgs(double lon, double lat, RdNew rd, Reading reading) {
        double[] p = rd.toRd(lon, lat);
        return NetherlandsBounds.containsRd(p[0], p[1]) ? new Point(p[0], p[1], reading) : null;
    }
}
