package nl.kansenkaart.render;

import java.awt.Color;
import java.util.Map;

/**
 * Colours of the SBI sections on maps. Hand-picked so that the sectors that matter most for
 * circular matchmaking (agriculture, manufacturing, energy, water and waste, construction, trade,
 * transport) get strong, clearly different hues; services get softer ones.
 */
public final class SbiPalette {

    public static final Color UNKNOWN = new Color(0x9E9E9E);

    private static final Map<String, Color> COLOURS = Map.ofEntries(
            Map.entry("A", new Color(0x4D9221)), Map.entry("B", new Color(0x8C6D31)),
            Map.entry("C", new Color(0x1F5FAD)), Map.entry("D", new Color(0xF2B701)),
            Map.entry("E", new Color(0x7B3294)), Map.entry("F", new Color(0xE66101)),
            Map.entry("G", new Color(0xD6604D)), Map.entry("H", new Color(0x2A9D8F)),
            Map.entry("I", new Color(0xE7298A)), Map.entry("J", new Color(0x5E81AC)),
            Map.entry("K", new Color(0xB2ABD2)), Map.entry("L", new Color(0xA6761D)),
            Map.entry("M", new Color(0x80B1D3)), Map.entry("N", new Color(0xBEBADA)),
            Map.entry("O", new Color(0x525252)), Map.entry("P", new Color(0xFB8072)),
            Map.entry("Q", new Color(0xC51B7D)), Map.entry("R", new Color(0xB3DE69)),
            Map.entry("S", new Color(0xBC80BD)), Map.entry("T", new Color(0xCCCCCC)),
            Map.entry("U", new Color(0x999999)));

    private SbiPalette() {}

    /** Colour of a section letter; grey when the section is unknown. */
    public static Color of(String section) {
        return section == null ? UNKNOWN : COLOURS.getOrDefault(section, UNKNOWN);
    }
}
