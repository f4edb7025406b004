package nl.kansenkaart.model;

/** A point in RD New metres with the way it was found; {@link #NONE} when not located. */
public record Location(double x, double y, LocationPrecision precision) {

    public static final Location NONE = new Location(Double.NaN, Double.NaN, LocationPrecision.NOT_LOCATED);

    public Location {
        if (precision == null) throw new IllegalArgumentException("precision is required");
        if (precision.isLocated() && (Double.isNaN(x) || Double.isNaN(y)))
            throw new IllegalArgumentException("a located point needs coordinates");
    }

    public static Location rd(double x, double y, LocationPrecision precision) {
        return new Location(x, y, precision);
    }

    public boolean isLocated() {
        return precision.isLocated();
    }

    public double distanceTo(Location other) {
        double dx = x - other.x, dy = y - other.y;
        return Math.sqrt(dx * dx + dy * dy);
    }
}
