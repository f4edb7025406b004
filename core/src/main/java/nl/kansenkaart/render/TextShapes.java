package nl.kansenkaart.render;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text as glyph outlines, measured with one fixed font context so a label has the same size and
 * place on screen, in SVG and in PDF. Outlines are cached: a pan redraws the same labels each frame.
 */
final class TextShapes {

    /** Outline at the origin (baseline at y = 0) and its visual bounds. */
    record Glyphs(Shape outline, Rectangle2D bounds) {}

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final int CACHE_SIZE = 4_000;

    private static final Map<String, Glyphs> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Glyphs> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private TextShapes() {}

    static Glyphs of(String text, Font font) {
        String key = font.getName() + '|' + font.getStyle() + '|' + font.getSize2D() + '|' + text;
        synchronized (CACHE) {
            Glyphs g = CACHE.get(key);
            if (g == null) {
                TextLayout layout = new TextLayout(text, font, FRC);
                g = new Glyphs(layout.getOutline(null), layout.getBounds());
                CACHE.put(key, g);
            }
            return g;
        }
    }
}
