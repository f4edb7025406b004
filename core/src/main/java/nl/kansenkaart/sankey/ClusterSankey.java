package nl.kansenkaart.sankey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.resources.ClusterMaterialRow;
import nl.kansenkaart.resources.FlowRole;

/**
 * Builds the flow diagram of one cluster from its material table: sources (the cluster's
 * activities, and what its collectors gather) → materials (residues and by-products in tonnes) →
 * today's processing by R-ladder level. Estimated residues go to "processing not known"; by-products
 * without a waste code (struvite, CO2) to "by-product, not yet used". Heat (GJ) is not mixed in.
 */
public final class ClusterSankey {

    public static final String UNIT = "t/jr";
    /** Node of by-products that are not processed as waste today. */
    public static final String BYPRODUCT = "proc:byproduct";
    /** Node of estimated residues, whose processing is not known. */
    public static final String NOT_KNOWN = "proc:not_known";

    private static final String MATERIAL_PREFIX = "mat:";
    private static final String LEVEL_PREFIX = "proc:";

    private ClusterSankey() {}

    public static SankeyDiagram build(String title, List<ClusterMaterialRow> rows) {
        Map<String, SankeyNode> nodes = new LinkedHashMap<>();
        Map<String, Double> links = new LinkedHashMap<>();
        for (ClusterMaterialRow r : rows) {
            if (r.unit() != QuantityUnit.TONNE || !(r.amount() > 0)) continue;
            String source;
            if (r.role() == FlowRole.RESIDUE || r.role() == FlowRole.BYPRODUCT) {
                source = "src:" + r.activity();
                nodes.putIfAbsent(source, new SankeyNode(source, r.activity(), NodeKind.SOURCE));
            } else if (r.role() == FlowRole.ROUTE_COLLECTED) {
                source = "route:" + r.activity();
                nodes.putIfAbsent(source, new SankeyNode(source, r.activity() + " - ingezameld bij derden (route-inzameling)", NodeKind.SOURCE));
            } else {
                continue;
            }
            String material = MATERIAL_PREFIX + r.material();
            nodes.putIfAbsent(material, new SankeyNode(material, r.materialName(), NodeKind.MATERIAL));
            String target = processing(r, nodes);
            links.merge(source + "\u0000" + material + "\u0000" + r.quality(), r.amount(), Double::sum);
            links.merge(material + "\u0000" + target + "\u0000" + r.quality(), r.amount(), Double::sum);
        }
        List<SankeyLink> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : links.entrySet()) {
            String[] k = e.getKey().split("\u0000");
            out.add(new SankeyLink(k[0], k[1], e.getValue(), UNIT, DataQuality.valueOf(k[2])));
        }
        return new SankeyDiagram(title, UNIT, new ArrayList<>(nodes.values()), out);
    }

    private static String processing(ClusterMaterialRow r, Map<String, SankeyNode> nodes) {
        String id;
        String label;
        if (r.role() == FlowRole.BYPRODUCT) {
            id = BYPRODUCT;
            label = "Bijproduct, nog niet benut";
        } else if (r.quality() == DataQuality.ESTIMATED || r.methodCode() == null) {
            id = NOT_KNOWN;
            label = "Verwerking onbekend (schatting)";
        } else {
            RLevel level = r.rLevel() == null ? RLevel.UNKNOWN : r.rLevel();
            id = LEVEL_PREFIX + level.name();
            label = level.isOnLadder() ? level.name() + " " + level.nl() : level.nl();
        }
        nodes.putIfAbsent(id, new SankeyNode(id, label, NodeKind.PROCESSING));
        return id;
    }

    /** The material of a material node, for labels in another language and colours. */
    public static Optional<MaterialKey> materialOf(String nodeId) {
        if (!nodeId.startsWith(MATERIAL_PREFIX)) return Optional.empty();
        try {
            return Optional.of(MaterialKey.parse(nodeId.substring(MATERIAL_PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The R-ladder level of a processing node (R0..R9, disposal, unknown); empty for by-products and estimates. */
    public static Optional<RLevel> rLevelOf(String nodeId) {
        if (!nodeId.startsWith(LEVEL_PREFIX)) return Optional.empty();
        try {
            return Optional.of(RLevel.valueOf(nodeId.substring(LEVEL_PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
