package nl.kansenkaart.render;

import java.awt.Color;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.sankey.ClusterSankey;
import nl.kansenkaart.sankey.MatchSankey;
import nl.kansenkaart.sankey.NodeKind;
import nl.kansenkaart.sankey.SankeyNode;

/**
 * Colours of a flow diagram: sources in a neutral slate, each material its own hue (bands carry the
 * colour of their material, so one material can be followed from source to processing), and
 * processing (or, for matched flows, the use) by how high it sits on the R-ladder: green for material use, amber for energy recovery,
 * red for disposal, grey where it is not known.
 */
public final class SankeyColours {

    public static final Color SOURCE = new Color(0x4F5B66);
    public static final Color MATERIAL_USE = new Color(0x2E8B57);
    public static final Color ENERGY_RECOVERY = new Color(0xE08A1E);
    public static final Color DISPOSAL = new Color(0xC0392B);
    public static final Color NOT_KNOWN = new Color(0x9A9A9A);
    public static final Color BYPRODUCT = new Color(0x8E6BB8);

    /** Distinct, print-safe hues for materials (ColorBrewer Dark2 + Set1 picks, no greens or reds that mean R-levels). */
    private static final Color[] MATERIALS = {
            new Color(0x1F78B4), new Color(0xB15928), new Color(0x6A3D9A), new Color(0x1B9E77), new Color(0xD95F02),
            new Color(0x7570B3), new Color(0xE7298A), new Color(0x66A61E), new Color(0xA6761D), new Color(0x386CB0),
            new Color(0xBF5B17), new Color(0x666666)};

    private SankeyColours() {}

    /** @param indexInColumn the node's place in its column, top first (materials are coloured in turn) */
    public static Color of(SankeyNode node, int indexInColumn) {
        if (node.kind() == NodeKind.SOURCE) return SOURCE;
        if (node.kind() == NodeKind.MATERIAL) return MATERIALS[Math.floorMod(indexInColumn, MATERIALS.length)];
        if (node.id().equals(ClusterSankey.BYPRODUCT)) return BYPRODUCT;
        return ClusterSankey.rLevelOf(node.id()).or(() -> MatchSankey.rLevelOf(node.id())).map(SankeyColours::ofLevel).orElse(NOT_KNOWN);
    }

    public static Color ofLevel(RLevel level) {
        if (level == RLevel.R9) return ENERGY_RECOVERY;
        if (level.isOnLadder()) return MATERIAL_USE;
        if (level == RLevel.DISPOSAL) return DISPOSAL;
        return NOT_KNOWN;
    }

    static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * Math.max(0, Math.min(1, alpha))));
    }
}
