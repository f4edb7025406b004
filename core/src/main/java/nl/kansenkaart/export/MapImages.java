package nl.kansenkaart.export;

import java.nio.file.Path;
import nl.kansenkaart.render.MapRenderer;
import nl.kansenkaart.render.MapViewport;

/** The map as PNG, SVG and PDF, each drawn by the same {@link MapRenderer#draw}. */
public final class MapImages {

    private MapImages() {}

    public static void png(Path file, MapRenderer renderer, MapViewport vp, double scale) {
        Drawings.png(file, vp.width(), vp.height(), scale, g -> renderer.draw(g, vp));
    }

    public static void svg(Path file, MapRenderer renderer, MapViewport vp) {
        Drawings.svg(file, vp.width(), vp.height(), g -> renderer.draw(g, vp));
    }

    /** One page the size of the map (1 px = 1 pt); labels are glyph outlines, so no fonts need embedding. */
    public static void pdf(Path file, MapRenderer renderer, MapViewport vp) {
        Drawings.pdf(file, vp.width(), vp.height(), g -> renderer.draw(g, vp));
    }
}
