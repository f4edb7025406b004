package nl.kansenkaart.sankey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.resources.ClusterMaterialRow;
import nl.kansenkaart.resources.ClusterMaterials;
import nl.kansenkaart.resources.FlowLine;
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

    private static final String SOURCE_PREFIX = "src:";
    private static final String ROUTE_PREFIX = "route:";
    private static final String MATERIAL_PREFIX = "mat:";
    private static final String LEVEL_PREFIX = "proc:";

    private ClusterSankey() {}

    public static SankeyDiagram build(String title, List<ClusterMaterialRow> rows) {
        Map<String, SankeyNode> nodes = new LinkedHashMap<>();
        Map<String, Double> links = new LinkedHashMap<>();
        for (ClusterMaterialRow r : rows) {
            if (r.unit() != QuantityUnit.TONNE || !(r.amount() > 0)) continue;
            String source = sourceId(r.role(), r.activity());
            if (source == null) continue;
            nodes.putIfAbsent(source, new SankeyNode(source, r.role() == FlowRole.ROUTE_COLLECTED
                    ? r.activity() + " - ingezameld bij derden (route-inzameling)" : r.activity(), NodeKind.SOURCE));
            String material = materialId(r.material());
            nodes.putIfAbsent(material, new SankeyNode(material, r.materialName(), NodeKind.MATERIAL));
            String target = processingId(r.role(), r.quality(), r.methodCode(), r.rLevel());
            nodes.putIfAbsent(target, new SankeyNode(target, processingLabel(target), NodeKind.PROCESSING));
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

    /**
     * Each establishment's part in each band of its cluster's diagram, from its own flow lines under
     * the rules {@link #build} draws by (one side: the establishments); for disclosure control.
     */
    public static SankeyParts parts(Collection<Company> members, Function<String, List<FlowLine>> linesOf) {
        SankeyParts parts = new SankeyParts(1);
        for (Company c : members) {
            String activity = ClusterMaterials.activity(c.sbi());
            for (FlowLine l : linesOf.apply(c.ref())) {
                if (l.unit() != QuantityUnit.TONNE || !(l.amount() > 0)) continue;
                String source = sourceId(l.role(), activity);
                if (source == null) continue;
                String material = materialId(l.material());
                String target = processingId(l.role(), l.quality(), l.methodCode(), l.rLevel());
                parts.add(source, material, l.quality(), 0, c.ref(), l.amount());
                parts.add(material, target, l.quality(), 0, c.ref(), l.amount());
            }
        }
        return parts;
    }

    /**
     * The source node of a flow: its activity, or what its collectors gather by route collection;
     * null for roles the diagram leaves out (intake and demand).
     */
    public static String sourceId(FlowRole role, String activity) {
        return switch (role) {
            case RESIDUE, BYPRODUCT -> SOURCE_PREFIX + activity;
            case ROUTE_COLLECTED -> ROUTE_PREFIX + activity;
            default -> null;
        };
    }

    public static String materialId(MaterialKey material) {
        return MATERIAL_PREFIX + material;
    }

    /** Today's processing of a flow: by-product not yet used, not known (estimates), or the R-level of its LMA method. */
    public static String processingId(FlowRole role, DataQuality quality, String methodCode, RLevel rLevel) {
        if (role == FlowRole.BYPRODUCT) return BYPRODUCT;
        if (quality == DataQuality.ESTIMATED || methodCode == null) return NOT_KNOWN;
        return LEVEL_PREFIX + (rLevel == null ? RLevel.UNKNOWN : rLevel).name();
    }

    private static String processingLabel(String id) {
        if (id.equals(BYPRODUCT)) return "Bijproduct, nog niet benut";
        if (id.equals(NOT_KNOWN)) return "Verwerking onbekend (schatting)";
        RLevel level = RLevel.valueOf(id.substring(LEVEL_PREFIX.length()));
        return level.isOnLadder() ? level.name() + " " + level.nl() : level.nl();
    }

    /** The activity of a source node (an SBI class label, or the one whose collectors gathered it). */
    public static Optional<String> activityOf(String nodeId) {
        if (nodeId.startsWith(SOURCE_PREFIX)) return Optional.of(nodeId.substring(SOURCE_PREFIX.length()));
        if (nodeId.startsWith(ROUTE_PREFIX)) return Optional.of(nodeId.substring(ROUTE_PREFIX.length()));
        return Optional.empty();
    }

    /** Whether a source node stands for waste collected from others by route collection. */
    public static boolean isRouteCollection(String nodeId) {
        return nodeId.startsWith(ROUTE_PREFIX);
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
