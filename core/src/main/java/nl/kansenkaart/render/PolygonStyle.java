package nl.kansenkaart.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;

/**
 * How an area layer looks: optional fill, outline, and whether area names are labelled.
 *
 * @param fill        fill colour (with alpha for see-through layers), or null for outline only
 * @param stroke      outline colour, or null for no outline
 * @param strokeWidth outline width in pixels
 * @param label       label style for area names, or null for no labels
 */
public record PolygonStyle(Color fill, Color stroke, float strokeWidth, LabelStyle label) implements Symbol {

    public Stroke awtStroke() {
        return new BasicStroke(strokeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    @Override
    public void paintSwatch(Graphics2D g, double cx, double cy, double size) {
        double w = size * 0.9, h = size * 0.7;
        Rectangle2D r = new Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h);
        if (fill != null) {
            g.setColor(fill);
            g.fill(r);
        }
        if (stroke != null) {
            g.setColor(stroke);
            g.setStroke(new BasicStroke(Math.min(strokeWidth, 2.5f), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
            g.draw(r);
        }
    }
}
