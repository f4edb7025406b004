package nl.kansenkaart.app.layers;

import javafx.scene.canvas.Canvas;
import nl.kansenkaart.render.Symbol;
import org.jfree.fx.FXGraphics2D;

/** A legend symbol drawn by core exactly as on the map, for the layer list. */
final class LegendSwatch extends Canvas {

    static final double SIZE = 16;

    LegendSwatch(Symbol symbol) {
        super(SIZE, SIZE);
        FXGraphics2D g = new FXGraphics2D(getGraphicsContext2D());
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        symbol.paintSwatch(g, SIZE / 2, SIZE / 2, SIZE - 2);
    }
}
