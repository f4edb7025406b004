package nl.kansenkaart.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** A small north arrow. RD New grid north is within 2° of true north over the Netherlands. */
public final class NorthArrow {

    private static final LabelStyle TEXT = LabelStyle.of(Font.BOLD, 11f, new Color(0x202020), 0);

    private NorthArrow() {}

    /** The area the arrow and its "N" take. */
    public static Rectangle2D bounds(double cx, double baseY) {
        return new Rectangle2D.Double(cx - 11, baseY - 40, 22, 43);
    }

    /** Paints the arrow with its base centred at ({@code cx}, {@code baseY}). */
    public static void paint(Graphics2D g, double cx, double baseY) {
        double h = 22, w = 8;
        Path2D left = new Path2D.Double();
        left.moveTo(cx, baseY - h);
        left.lineTo(cx - w, baseY);
        left.lineTo(cx, baseY - 6);
        left.closePath();
        Path2D right = new Path2D.Double();
        right.moveTo(cx, baseY - h);
        right.lineTo(cx + w, baseY);
        right.lineTo(cx, baseY - 6);
        right.closePath();
        g.setColor(new Color(0x202020));
        g.fill(left);
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(new Color(0x202020));
        g.setStroke(new java.awt.BasicStroke(1f));
        g.draw(right);
        TextShapes.Glyphs n = TextShapes.of("N", TEXT.font());
        LabelPlacer.paintLabel(g, n.outline(), cx - n.bounds().getCenterX(), baseY - h - 3, TEXT);
    }
}
