package nl.kansenkaart.geo;

/**
 * Plausibility bounds of the Netherlands (land and territorial waters, with a small margin), used
 * to validate and to tell RD from WGS84 coordinates in company registers.
 */
public final class NetherlandsBounds {

    public static final double RD_MIN_X = -7_000, RD_MAX_X = 300_000;
    public static final double RD_MIN_Y = 289_000, RD_MAX_Y = 629_000;
    public static final double MIN_LON = 3.2, MAX_LON = 7.3;
    public static final double MIN_LAT = 50.7, MAX_LAT = 53.7;

    private NetherlandsBounds() {}

    public static boolean containsRd(double x, double y) {
        return x >= RD_MIN_X && x <= RD_MAX_X && y >= RD_MIN_Y && y <= RD_MAX_Y;
    }

    public static boolean containsWgs84(double lon, double lat) {
        return lon >= MIN_LON && lon <= MAX_LON && lat >= MIN_LAT && lat <= MAX_LAT;
    }
}
