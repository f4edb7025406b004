package nl.kansenkaart.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Draws a map: background, the visible layers bottom to top, their labels, then scale bar, north
 * arrow, legend and source credits. One {@link #draw} serves the screen (through FXGraphics2D),
 * SVG and PDF, so what the analyst sees is what the workshop gets.
 */
public final class MapRenderer {

    private static final LabelStyle CREDIT = LabelStyle.of(Font.PLAIN, 10f, new Color(0x505050), 0);

    private final LayerStack layers;
    private final RenderOptions options;

    public MapRenderer(LayerStack layers, RenderOptions options) {
        this.layers = layers;
        this.options = options;
    }

    /** Draws the map for {@code viewport} onto {@code g}, whose origin is the viewport's top-left pixel. */
    public void draw(Graphics2D g, MapViewport viewport) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        Shape oldClip = g.getClip();
        Rectangle2D surface = new Rectangle2D.Double(0, 0, viewport.width(), viewport.height());
        g.clip(surface);
        g.setColor(options.background());
        g.fill(surface);

        LabelPlacer labels = new LabelPlacer(viewport.width(), viewport.height());
        for (MapLayer layer : layers.layers()) if (layer.isVisible()) layer.draw(g, viewport, labels);
        labels.paint(g);

        double bottom = viewport.height() - 14;
        if (options.scaleBar()) ScaleBar.paint(g, viewport, 18, bottom, Math.min(200, viewport.width() / 4.0));
        if (options.northArrow()) NorthArrow.paint(g, viewport.width() - 28, viewport.height() - 34);
        if (options.legend()) LegendPainter.paint(g, layers, options.text(), viewport.width() - 12, 12);
        if (options.attribution()) paintCredits(g, viewport);
        g.setClip(oldClip);
    }

    /** Sources of the visible layers, bottom-right, as their licences (CC BY) require. */
    private void paintCredits(Graphics2D g, MapViewport viewport) {
        Set<String> credits = new LinkedHashSet<>();
        for (MapLayer l : layers.layers()) if (l.isVisible() && l.attribution() != null) credits.add(l.attribution());
        if (credits.isEmpty()) return;
        TextShapes.Glyphs t = TextShapes.of(String.join(" · ", credits), CREDIT.font());
        double x = viewport.width() - 60 - t.bounds().getMaxX();
        LabelPlacer.paintLabel(g, t.outline(), Math.max(4, x), viewport.height() - 8, CREDIT);
    }
}
