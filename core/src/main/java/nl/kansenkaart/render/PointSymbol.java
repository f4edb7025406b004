package nl.kansenkaart.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;

/**
 * A round point symbol. Filled for points located at an address or by coordinates; hollow (a
 * ring) for points placed at a postcode centroid, so nobody mistakes a PC4 centroid for the site.
 */
public record PointSymbol(Color colour, boolean hollow, double diameter) implements Symbol {

    private static final BasicStroke OUTLINE = new BasicStroke(0.8f);
    private static final BasicStroke RING = new BasicStroke(1.8f);

    public void paint(Graphics2D g, double x, double y) {
        paintAt(g, x, y, diameter);
    }

    @Override
    public void paintSwatch(Graphics2D g, double cx, double cy, double size) {
        paintAt(g, cx, cy, Math.min(diameter + 2, size));
    }

    private void paintAt(Graphics2D g, double x, double y, double d) {
        if (hollow) {
            double r = (d - RING.getLineWidth()) / 2;
            g.setColor(colour);
            g.setStroke(RING);
            g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        } else {
            Ellipse2D e = new Ellipse2D.Double(x - d / 2, y - d / 2, d, d);
            g.setColor(colour);
            g.fill(e);
            g.setColor(colour.darker().darker());
            g.setStroke(OUTLINE);
            g.draw(e);
        }
    }
}
