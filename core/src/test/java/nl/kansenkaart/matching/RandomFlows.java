package nl.kansenkaart.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.kansenkaart.codes.MaterialClass;
import nl.kansenkaart.codes.MaterialClassification;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.QuantityUnit;

/** Seeded random supply and demand nodes for property tests: real material keys, RD coordinates. */
final class RandomFlows {

    static final String[] SUPPLY = {"eural:170101", "eural:170107", "eural:200201", "eural:020103", "eural:150101",
            "eural:170405", "eural:170503", "resource:struvite", "resource:co2", "resource:residual_heat", "eural:200301"};
    static final String[] DEMAND = {"resource:secondary_aggregate", "resource:aggregate", "resource:fibre", "resource:compost",
            "resource:digestion_feedstock", "resource:fertiliser", "resource:co2", "resource:heat", "resource:metals",
            "resource:paper", "resource:glass"};

    private RandomFlows() {}

    static FlowNodes nodes(long seed, int supplies, int demands, double boxMetres) {
        Random rnd = new Random(seed);
        int actors = Math.max(2, (supplies + demands) / 3);
        List<FlowNode> s = new ArrayList<>(), d = new ArrayList<>();
        for (int i = 0; i < supplies; i++) s.add(node(rnd, FlowDirection.SUPPLY, SUPPLY, actors, boxMetres));
        for (int i = 0; i < demands; i++) d.add(node(rnd, FlowDirection.DEMAND, DEMAND, actors, boxMetres));
        return FlowNodes.ofNodes(dedupe(s), dedupe(d));
    }

    /** One node per actor and material, as FlowNodes.of would produce by summing. */
    private static List<FlowNode> dedupe(List<FlowNode> in) {
        java.util.Map<String, FlowNode> m = new java.util.LinkedHashMap<>();
        for (FlowNode n : in) m.putIfAbsent(n.key(), n);
        return new ArrayList<>(m.values());
    }

    static FlowNode node(Random rnd, FlowDirection dir, String[] materials, int actors, double box) {
        MaterialKey key = MaterialKey.parse(materials[rnd.nextInt(materials.length)]);
        MaterialClass c = MaterialClassification.get().of(key);
        boolean heat = key.code().contains("heat");
        boolean hazardous = key.code().equals("170503");
        double amount = rnd.nextInt(10) == 0 ? 0 : Math.round(1 + rnd.nextDouble() * 500);
        LocationPrecision p = LocationPrecision.values()[rnd.nextInt(4)];
        return new FlowNode(-1, "A" + rnd.nextInt(actors), "Actor", dir, key, c.group(), c.state(), hazardous, amount,
                heat ? QuantityUnit.GJ : QuantityUnit.TONNE, rnd.nextBoolean() ? DataQuality.MEASURED : DataQuality.ESTIMATED,
                p, 100_000 + rnd.nextDouble() * box, 450_000 + rnd.nextDouble() * box, null, "random " + rnd.nextInt(3));
    }
}
