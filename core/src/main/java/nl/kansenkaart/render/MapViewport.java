package nl.kansenkaart.render;

import java.awt.geom.AffineTransform;
import org.locationtech.jts.geom.Envelope;

/**
 * What part of the RD New plane is shown on a surface of {@code width × height} pixels: the
 * world point at the centre of the surface and the ground size of one pixel. Immutable: every
 * navigation step returns a new viewport, so a renderer never sees one change mid-draw.
 * Screen y grows downwards, RD y (northing) upwards.
 */
public record MapViewport(double centreX, double centreY, double metresPerPixel, int width, int height) {

    /** Closest zoom: 10 cm per pixel is finer than any address point we hold. */
    public static final double MIN_METRES_PER_PIXEL = 0.1;
    /** Farthest zoom: the whole of the Netherlands and its surroundings fit on a small window. */
    public static final double MAX_METRES_PER_PIXEL = 2_000;
    /** Screen resolution assumed for map scales (CSS pixel, 96 per inch), as QGIS and web maps do. */
    public static final double METRES_PER_SCREEN_PIXEL = 0.0254 / 96;

    public MapViewport {
        if (width < 1 || height < 1) throw new IllegalArgumentException("viewport size must be positive: " + width + "×" + height);
        if (!(metresPerPixel > 0) || Double.isInfinite(metresPerPixel))
            throw new IllegalArgumentException("metres per pixel must be positive: " + metresPerPixel);
        metresPerPixel = Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, metresPerPixel));
    }

    /** A viewport that shows all of {@code extent} with {@code marginPx} free pixels on every side. */
    public static MapViewport fit(Envelope extent, int width, int height, int marginPx) {
        if (extent == null || extent.isNull()) throw new IllegalArgumentException("cannot fit an empty extent");
        double usableW = Math.max(1, width - 2.0 * marginPx);
        double usableH = Math.max(1, height - 2.0 * marginPx);
        // A single point (or a line) has no size: show 1 km around it.
        double w = Math.max(extent.getWidth(), 1_000), h = Math.max(extent.getHeight(), 1_000);
        double mpp = Math.max(w / usableW, h / usableH);
        return new MapViewport(extent.centre().x, extent.centre().y, mpp, width, height);
    }

    public double toScreenX(double x) {
        return (x - centreX) / metresPerPixel + width / 2.0;
    }

    public double toScreenY(double y) {
        return height / 2.0 - (y - centreY) / metresPerPixel;
    }

    public double toWorldX(double px) {
        return centreX + (px - width / 2.0) * metresPerPixel;
    }

    public double toWorldY(double py) {
        return centreY - (py - height / 2.0) * metresPerPixel;
    }

    /** The world rectangle covered by the surface. */
    public Envelope extent() {
        double hw = width / 2.0 * metresPerPixel, hh = height / 2.0 * metresPerPixel;
        return new Envelope(centreX - hw, centreX + hw, centreY - hh, centreY + hh);
    }

    /** World (RD metres) to screen pixels, for shapes that are drawn transformed. */
    public AffineTransform worldToScreen() {
        double s = 1 / metresPerPixel;
        return new AffineTransform(s, 0, 0, -s, width / 2.0 - centreX * s, height / 2.0 + centreY * s);
    }

    /**
     * Zooms by {@code factor} (2 = twice as close) keeping the world point under screen pixel
     * ({@code px}, {@code py}) where it is, as map users expect from the mouse wheel.
     */
    public MapViewport zoomAbout(double factor, double px, double py) {
        if (!(factor > 0)) throw new IllegalArgumentException("zoom factor must be positive: " + factor);
        double wx = toWorldX(px), wy = toWorldY(py);
        double mpp = clamp(metresPerPixel / factor);
        double cx = wx - (px - width / 2.0) * mpp;
        double cy = wy + (py - height / 2.0) * mpp;
        return new MapViewport(cx, cy, mpp, width, height);
    }

    /** Zooms about the centre of the surface (the +/- keys and buttons). */
    public MapViewport zoom(double factor) {
        return zoomAbout(factor, width / 2.0, height / 2.0);
    }

    /** Moves the map content by ({@code dxPx}, {@code dyPx}) screen pixels, as dragging it does. */
    public MapViewport pan(double dxPx, double dyPx) {
        return new MapViewport(centreX - dxPx * metresPerPixel, centreY + dyPx * metresPerPixel, metresPerPixel, width, height);
    }

    /** The same centre and scale on a surface of another size (a resized window keeps its map). */
    public MapViewport resize(int newWidth, int newHeight) {
        return new MapViewport(centreX, centreY, metresPerPixel, newWidth, newHeight);
    }

    /** The map scale as 1:N for a screen of 96 pixels per inch. */
    public double scaleDenominator() {
        return metresPerPixel / METRES_PER_SCREEN_PIXEL;
    }

    private static double clamp(double mpp) {
        return Math.max(MIN_METRES_PER_PIXEL, Math.min(MAX_METRES_PER_PIXEL, mpp));
    }
}
