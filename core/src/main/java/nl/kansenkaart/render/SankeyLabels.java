package nl.kansenkaart.render;

import nl.kansenkaart.codes.MaterialNames;
import nl.kansenkaart.codes.Sbi2008;
import nl.kansenkaart.sankey.ClusterSankey;
import nl.kansenkaart.sankey.MatchSankey;
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
        var source = ClusterSankey.activityOf(id);
        if (source.isPresent()) {
            String activity = activity(source.get(), text);
            return ClusterSankey.isRouteCollection(id) ? text.format("sankey.route", activity) : activity;
        }
        if (text.isEnglish()) {
            var material = ClusterSankey.materialOf(id);
            if (material.isPresent()) return MaterialNames.en(material.get());
        }
        return node.label();
    }

    /** An activity ("01.13 Teelt van groenten ...") in the reader's language: the NACE name of its class in English. */
    public static String activity(String label, MapText text) {
        if (!text.isEnglish() || label == null) return label;
        int space = label.indexOf(' ');
        String code = space < 0 ? label : label.substring(0, space);
        return Sbi2008.get().lookup(code).filter(c -> c.nameEn() != null).map(c -> c.code() + " " + c.nameEn()).orElse(label);
    }

    /** The unit as the reader's language writes it ("t/jr" in Dutch, "t/yr" in English; GJ likewise). */
    public static String unit(String unit, MapText text) {
        if (ClusterSankey.UNIT.equals(unit)) return text.get("sankey.unit.tonnes");
        return MatchSankey.ENERGY.equals(unit) ? text.get("sankey.unit.energy") : unit;
    }
}
