package nl.kansenkaart.sankey;

import java.awt.geom.Rectangle2D;

/**
 * A node where the layout put it: a bar in its column, as high as what flows through it.
 *
 * @param column 0 for the leftmost column
 * @param value  what flows through the node (the larger of in- and outflow), in the diagram's unit
 */
public record PlacedNode(SankeyNode node, int column, double x, double y, double width, double height, double value) {

    public String id() {
        return node.id();
    }

    public double centreY() {
        return y + height / 2;
    }

    public double bottom() {
        return y + height;
    }

    public Rectangle2D bounds() {
        return new Rectangle2D.Double(x, y, width, height);
    }
}
