package nl.kansenkaart.render;

import java.awt.Color;
import java.awt.Font;

/**
 * Look of map labels. The halo (a light outline around the letters) keeps labels readable over
 * boundaries and points.
 *
 * @param priority higher is placed first when labels compete for space
 */
public record LabelStyle(Font font, Color colour, Color halo, float haloWidth, int priority) {

    /** Labels are drawn as glyph outlines, so this logical font resolves the same on screen, SVG and PDF. */
    public static final String FAMILY = Font.SANS_SERIF;

    public static LabelStyle of(int style, float size, Color colour, int priority) {
        return new LabelStyle(new Font(FAMILY, style, 1).deriveFont(size), colour, new Color(255, 255, 255, 220), 3f, priority);
    }
}
