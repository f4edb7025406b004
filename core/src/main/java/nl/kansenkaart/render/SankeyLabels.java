package nl.kansenkaart.render;

import nl.kansenkaart.codes.MaterialNames;
import nl.kansenkaart.sankey.ClusterSankey;
import nl.kansenkaart.sankey.SankeyNode;

/** The text of a node in the language of the drawing; core builds the diagram with Dutch labels. */
public final class SankeyLabels {

    private SankeyLabels() {}

    public static String of(SankeyNode node, MapText text) {
        String id = node.id();
        if (id.equals(ClusterSankey.BYPRODUCT)) return text.get("sankey.byproduct");
        if (id.equals(ClusterSankey.NOT_KNOWN)) return text.get("sankey.not_known");
        var level = ClusterSankey.rLevelOf(id);
        if (level.isPresent()) {
            String name = text.isEnglish() ? level.get().en() : level.get().nl();
            return level.get().isOnLadder() ? level.get().name() + " " + name : name;
        }
        if (text.isEnglish()) {
            var material = ClusterSankey.materialOf(id);
            if (material.isPresent()) return MaterialNames.en(material.get());
        }
        return node.label();
    }

    /** The unit as the reader's language writes it ("t/jr" in Dutch, "t/yr" in English). */
    public static String unit(String unit, MapText text) {
        return ClusterSankey.UNIT.equals(unit) ? text.get("sankey.unit.tonnes") : unit;
    }
}
