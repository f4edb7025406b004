package nl.kansenkaart.render;

import java.awt.Color;

/**
 * What the renderer draws besides the layers. On screen the legend lives in the layer list; a map
 * that leaves the app (export, print) carries its own.
 */
public record RenderOptions(MapText text, Color background, boolean scaleBar, boolean northArrow, boolean legend,
                            boolean attribution) {

    /** Sea and everything outside the provinces: a calm blue-grey so the land stands out. */
    public static final Color BACKGROUND = new Color(0xD5E0E8);

    public static RenderOptions screen(MapText text) {
        return new RenderOptions(text, BACKGROUND, true, true, false, true);
    }

    public static RenderOptions print(MapText text) {
        return new RenderOptions(text, BACKGROUND, true, true, true, true);
    }
}
