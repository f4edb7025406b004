package nl.kansenkaart.project;

/** The running envelope of points written in bulk, for {@link GeoPackage#extendExtent}. */
final class PointExtent {

    private double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;

    void add(double x, double y) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
    }

    /** {minx, maxx, miny, maxy}, or null when no point was added. */
    double[] envelope() {
        return minX <= maxX ? new double[] {minX, maxX, minY, maxY} : null;
    }
}
