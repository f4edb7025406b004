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

        // Decorations are drawn last, over everything; labels keep clear of where they will be.
        double bottom = viewport.height() - 14;
        double scaleBarMax = Math.min(200, viewport.width() / 4.0);
        double arrowX = viewport.width() - 28, arrowBase = viewport.height() - 34;
        LabelPlacer labels = new LabelPlacer(viewport.width(), viewport.height());
        if (options.scaleBar()) labels.reserve(ScaleBar.bounds(viewport, 18, bottom, scaleBarMax));
        if (options.northArrow()) labels.reserve(NorthArrow.bounds(arrowX, arrowBase));
        if (options.legend()) labels.reserve(LegendPainter.bounds(layers, options.text(), viewport.width() - 12, 12));
        String credits = options.attribution() ? credits() : null;
        if (credits != null) labels.reserve(creditBox(credits, viewport));

        for (MapLayer layer : layers.layers()) if (layer.isVisible()) layer.draw(g, viewport, labels, options.text());
        labels.paint(g);

        if (options.scaleBar()) ScaleBar.paint(g, viewport, 18, bottom, scaleBarMax);
        if (options.northArrow()) NorthArrow.paint(g, arrowX, arrowBase);
        if (options.legend()) LegendPainter.paint(g, layers, options.text(), viewport.width() - 12, 12);
        if (credits != null) {
            Rectangle2D box = creditBox(credits, viewport);
            TextShapes.Glyphs t = TextShapes.of(credits, CREDIT.font());
            LabelPlacer.paintLabel(g, t.outline(), box.getMinX() - t.bounds().getMinX(), viewport.height() - 8, CREDIT);
        }
        g.setClip(oldClip);
    }

    /** Sources of the visible layers, credited bottom-right as their licences (CC BY) require; null when none. */
    private String credits() {
        Set<String> credits = new LinkedHashSet<>();
        for (MapLayer l : layers.layers()) if (l.isVisible() && l.attribution() != null) credits.add(l.attribution());
        return credits.isEmpty() ? null : String.join(" · ", credits);
    }

    /** Where the credit line goes: bottom-right, left of the north arrow. */
    private static Rectangle2D creditBox(String credits, MapViewport viewport) {
        Rectangle2D b = TextShapes.of(credits, CREDIT.font()).bounds();
        double x = Math.max(4, viewport.width() - 60 - b.getWidth());
        double baseline = viewport.height() - 8;
        return new Rectangle2D.Double(x, baseline + b.getMinY(), b.getWidth(), b.getHeight());
    }
}
