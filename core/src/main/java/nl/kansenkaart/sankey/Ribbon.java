package nl.kansenkaart.sankey;

import java.awt.geom.Path2D;

/**
 * A link where the layout put it: a band from the right edge of its source node to the left edge
 * of its target, as thick as its value.
 *
 * @param sourceY top of the band at the source node
 * @param targetY top of the band at the target node
 */
public record Ribbon(SankeyLink link, PlacedNode source, PlacedNode target, double sourceY, double targetY, double thickness) {

    public double x0() {
        return source.x() + source.width();
    }

    public double x1() {
        return target.x();
    }

    /** The band as a closed outline: two horizontal-tangent cubic curves, as Sankey diagrams draw them. */
    public Path2D shape() {
        double x0 = x0(), x1 = x1(), mid = (x0 + x1) / 2;
        Path2D p = new Path2D.Double();
        p.moveTo(x0, sourceY);
        p.curveTo(mid, sourceY, mid, targetY, x1, targetY);
        p.lineTo(x1, targetY + thickness);
        p.curveTo(mid, targetY + thickness, mid, sourceY + thickness, x0, sourceY + thickness);
        p.closePath();
        return p;
    }

    /** Whether this band and {@code other} (between the same columns) swap order along the way. */
    public boolean crosses(Ribbon other) {
        if (source.column() != other.source.column() || target.column() != other.target.column()) return false;
        double atSource = sourceY - other.sourceY, atTarget = targetY - other.targetY;
        // Bands stacked at a shared node differ by their thickness; rounding noise is no crossing.
        return (atSource > 1e-9 && atTarget < -1e-9) || (atSource < -1e-9 && atTarget > 1e-9);
    }
}
