package nl.kansenkaart.sankey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.kansenkaart.codes.MaterialNames;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.matching.Decision;
import nl.kansenkaart.matching.StoredMatch;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.QuantityUnit;

/**
 * The flow diagram of step 3's matches: the suppliers' sector clusters → the materials they supply →
 * the uses they go to (the taker's demand, coloured by the R-ladder level of the rule). Tonnes and
 * energy (GJ) are separate diagrams: one scale cannot size both. A matched amount counts as
 * measured only when both the supply and the demand behind it are measured: the allocation is
 * bounded by both, so an estimate on either side makes the amount an estimate. Matches the analyst
 * rejected are left out (they are gone at the next run).
 * <p>Built with the labels of one language; with it come the companies behind every node and band
 * (for the map) and each company's part in every band, on the supply and on the demand side (for
 * disclosure control in workshop outputs).
 */
public final class MatchSankey {

    /** Column heads: suppliers, material, use. */
    public static final String HEADS = "sankey.match.column.";
    public static final String TONNES = "t/jr";
    public static final String ENERGY = "GJ/jr";
    /** Side of {@link SankeyParts} with the suppliers' parts; the takers' are side 1. */
    public static final int SUPPLY_SIDE = 0, DEMAND_SIDE = 1;

    private static final String SUPPLIER_PREFIX = "supplier:";
    private static final String USE_PREFIX = "use:";

    /** The group a supplier is drawn under (its sector cluster) with its label in the diagram's language. */
    public record SupplierGroup(String id, String label) {}

    /**
     * The diagram with who is behind it, each company's part in each band and the matches each band
     * sums (by {@link SankeyLink#key()}: match ids).
     */
    public record Result(SankeyDiagram diagram, SankeyActors actors, SankeyParts parts, Map<String, List<String>> matchesByBand) {

        /** The ids of the matches a band of the diagram sums. */
        public List<String> matchesOf(SankeyLink band) {
            return matchesByBand.getOrDefault(band.key(), List.of());
        }
    }

    private MatchSankey() {}

    /**
     * The diagram with the labels of one language: suppliers by sector cluster ({@code otherSectors}
     * for those in none), materials by name, uses by name and R-ladder level ("Meststof (R8)").
     */
    public static Result build(String title, List<StoredMatch> matches, QuantityUnit unit, SupplierClusters suppliers, boolean english,
                               String otherSectors) {
        return build(title, matches, unit, suppliers.groups(english, otherSectors),
                m -> english ? MaterialNames.en(m) : MaterialNames.nl(m),
                (m, level) -> (english ? MaterialNames.en(m) : MaterialNames.nl(m)) + " (" + level.name() + ")");
    }

    /**
     * @param unit       TONNE for the material flows, GJ for energy
     * @param groupOf    the group of a supplier (by company ref)
     * @param useLabel   the label of a use node: demand material and R-level
     * @param materialLabel the label of a material node
     */
    public static Result build(String title, List<StoredMatch> matches, QuantityUnit unit, Function<String, SupplierGroup> groupOf,
                               Function<MaterialKey, String> materialLabel, UseLabel useLabel) {
        Map<String, SankeyNode> nodes = new LinkedHashMap<>();
        Map<String, Double> links = new LinkedHashMap<>();
        SankeyActors actors = new SankeyActors();
        SankeyParts parts = new SankeyParts(2);
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (StoredMatch m : matches) {
            if (m.isEnergy() != (unit == QuantityUnit.GJ) || !(m.amount() > 0) || m.decisionValue() == Decision.REJECT) continue;
            SupplierGroup group = groupOf.apply(m.supplyRef());
            String source = SUPPLIER_PREFIX + group.id();
            String material = ClusterSankey.materialId(m.supplyMaterial());
            String use = useId(m.rLevel(), m.demandMaterial());
            nodes.putIfAbsent(source, new SankeyNode(source, group.label(), NodeKind.SOURCE));
            nodes.putIfAbsent(material, new SankeyNode(material, materialLabel.apply(m.supplyMaterial()), NodeKind.MATERIAL));
            nodes.putIfAbsent(use, new SankeyNode(use, useLabel.of(m.demandMaterial(), m.rLevel()), NodeKind.PROCESSING));
            DataQuality q = quality(m);
            links.merge(source + "\u0000" + material + "\u0000" + q, m.amount(), Double::sum);
            links.merge(material + "\u0000" + use + "\u0000" + q, m.amount(), Double::sum);
            for (String[] band : new String[][] {{source, material}, {material, use}}) {
                members.computeIfAbsent(band[0] + "\u0000" + band[1] + "\u0000" + q, k -> new ArrayList<>()).add(m.matchId());
                parts.add(band[0], band[1], q, SUPPLY_SIDE, m.supplyRef(), m.amount());
                parts.add(band[0], band[1], q, DEMAND_SIDE, m.demandRef(), m.amount());
                actors.addLink(band[0], band[1], q, m.supplyRef());
                actors.addLink(band[0], band[1], q, m.demandRef());
            }
            actors.addNode(source, m.supplyRef());
            actors.addNode(material, m.supplyRef());
            actors.addNode(material, m.demandRef());
            actors.addNode(use, m.demandRef());
        }
        String u = unit == QuantityUnit.GJ ? ENERGY : TONNES;
        List<SankeyLink> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : links.entrySet()) {
            String[] k = e.getKey().split("\u0000");
            out.add(new SankeyLink(k[0], k[1], e.getValue(), u, DataQuality.valueOf(k[2])));
        }
        return new Result(new SankeyDiagram(title, u, new ArrayList<>(nodes.values()), out, HEADS), actors, parts, members);
    }

    /** The label of a use: what the taker needs, at which R-ladder level. */
    @FunctionalInterface
    public interface UseLabel {
        String of(MaterialKey demandMaterial, RLevel level);
    }

    /** Measured only when both ends are. */
    static DataQuality quality(StoredMatch m) {
        return "MEASURED".equals(m.supplyQuality()) && "MEASURED".equals(m.demandQuality()) ? DataQuality.MEASURED : DataQuality.ESTIMATED;
    }

    static String useId(RLevel level, MaterialKey demand) {
        return USE_PREFIX + level.name() + ":" + demand;
    }

    /** The R-ladder level of a use node; empty for other nodes. */
    public static Optional<RLevel> rLevelOf(String nodeId) {
        if (!nodeId.startsWith(USE_PREFIX)) return Optional.empty();
        String rest = nodeId.substring(USE_PREFIX.length());
        int colon = rest.indexOf(':');
        try {
            return Optional.of(RLevel.valueOf(colon < 0 ? rest : rest.substring(0, colon)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a node stands for a group of suppliers. */
    public static boolean isSupplierGroup(String nodeId) {
        return nodeId.startsWith(SUPPLIER_PREFIX);
    }
}
