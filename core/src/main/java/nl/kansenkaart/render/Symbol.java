package nl.kansenkaart.render;

import java.awt.Graphics2D;

/** A map symbol that can also be drawn as a legend swatch (on the map, in an export or in the app's layer list). */
public interface Symbol {

    /** Paints the swatch centred on ({@code cx}, {@code cy}) within a square of {@code size} pixels. */
    void paintSwatch(Graphics2D g, double cx, double cy, double size);
}
