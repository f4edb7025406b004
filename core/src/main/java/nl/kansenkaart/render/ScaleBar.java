package nl.kansenkaart.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;

/** A scale bar of a round length (1, 2 or 5 × 10ⁿ metres) in four alternating segments. */
public final class ScaleBar {

    private static final LabelStyle TEXT = LabelStyle.of(Font.PLAIN, 11f, new Color(0x202020), 0);
    private static final double BAR_HEIGHT = 5, TEXT_GAP = 4;

    private ScaleBar() {}

    /** The longest round length in metres whose bar is at most {@code maxPixels} long. */
    public static double niceLength(double metresPerPixel, double maxPixels) {
        double max = metresPerPixel * maxPixels;
        double pow = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {5, 2, 1}) if (m * pow <= max) return m * pow;
        return pow;
    }

    /** The bar's label: whole metres below a kilometre, whole kilometres above ("500 m", "20 km"). */
    public static String format(double metres) {
        if (metres >= 1000) return String.format(Locale.ROOT, "%.0f km", metres / 1000);
        if (metres >= 1) return String.format(Locale.ROOT, "%.0f m", metres);
        return String.format(Locale.ROOT, "%.0f cm", metres * 100);
    }

    /** The area the bar and its labels take, with their light backing. */
    public static Rectangle2D bounds(MapViewport vp, double x, double baseY, double maxPixels) {
        double metres = niceLength(vp.metresPerPixel(), maxPixels);
        double len = metres / vp.metresPerPixel();
        Rectangle2D text = TextShapes.of(format(metres), TEXT.font()).bounds();
        double top = baseY - BAR_HEIGHT - TEXT_GAP + text.getMinY() - 5;
        return new Rectangle2D.Double(x - 6, top, len + text.getWidth() / 2 + 14, baseY - top + 5);
    }

    /** Paints the bar with its left end at ({@code x}, {@code baseY}) and returns the area it covers. */
    public static Rectangle2D paint(Graphics2D g, MapViewport vp, double x, double baseY, double maxPixels) {
        double metres = niceLength(vp.metresPerPixel(), maxPixels);
        double len = metres / vp.metresPerPixel();
        double seg = len / 4;
        TextShapes.Glyphs label = TextShapes.of(format(metres), TEXT.font());
        TextShapes.Glyphs zero = TextShapes.of("0", TEXT.font());
        double textY = baseY - BAR_HEIGHT - TEXT_GAP;
        // A light backing keeps the bar readable over any map content.
        Rectangle2D area = bounds(vp, x, baseY, maxPixels);
        g.setColor(new Color(255, 255, 255, 190));
        g.fill(area);
        for (int i = 0; i < 4; i++) {
            Rectangle2D r = new Rectangle2D.Double(x + i * seg, baseY - BAR_HEIGHT, seg, BAR_HEIGHT);
            g.setColor(i % 2 == 0 ? new Color(0x202020) : Color.WHITE);
            g.fill(r);
        }
        g.setColor(new Color(0x202020));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x, baseY - BAR_HEIGHT, len, BAR_HEIGHT));
        LabelPlacer.paintLabel(g, zero.outline(), x - zero.bounds().getCenterX(), textY, TEXT);
        LabelPlacer.paintLabel(g, label.outline(), x + len - label.bounds().getCenterX(), textY, TEXT);
        return area;
    }
}
