package nl.kansenkaart.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.kansenkaart.codes.MaterialNames;
import nl.kansenkaart.model.QuantityUnit;

/**
 * "Take and bring" (halen en brengen, guide 001:2082-2103) of one stakeholder: what it offers and
 * what it needs, what of that the matches move, with how many partners. A party that both brings
 * and takes is the strongest coalition member; a one-sided party depends on others' interest.
 *
 * @param offered / wanted  supply and demand of the actor (t/yr; heat in the GJ fields)
 * @param brings / takes    matched supply and demand
 */
public record StakeholderBalance(String actorRef, String actorName, double offeredT, double bringsT, double wantedT,
                                 double takesT, double offeredGj, double bringsGj, double wantedGj, double takesGj,
                                 int partners, String materialsBrought, String materialsTaken) {

    /** The stakeholder's role in the coalition. */
    public enum Role {
        BRINGS_AND_TAKES("haalt en brengt", "brings and takes"),
        BRINGS("brengt", "brings only"),
        TAKES("haalt", "takes only"),
        UNMATCHED("nog geen match", "no match yet");

        private final String nl;
        private final String en;

        Role(String nl, String en) {
            this.nl = nl;
            this.en = en;
        }

        public String nl() { return nl; }

        public String en() { return en; }
    }

    public Role role() {
        boolean brings = bringsT + bringsGj > 0, takes = takesT + takesGj > 0;
        return brings && takes ? Role.BRINGS_AND_TAKES : brings ? Role.BRINGS : takes ? Role.TAKES : Role.UNMATCHED;
    }

    /** Brings minus takes in tonnes: positive = net giver. */
    public double netT() {
        return bringsT - takesT;
    }

    static List<StakeholderBalance> of(FlowNodes nodes, List<Match> matches) {
        Map<String, Acc> byActor = new LinkedHashMap<>();
        for (FlowNode s : nodes.supplies()) acc(byActor, s).offer(s.unit(), s.amount(), true);
        for (FlowNode d : nodes.demands()) acc(byActor, d).offer(d.unit(), d.amount(), false);
        for (Match m : matches) {
            Acc s = acc(byActor, m.supply()), d = acc(byActor, m.demand());
            s.move(m.unit(), m.amount(), true, m.demand().actorRef(), MaterialNames.en(m.supply().material()));
            d.move(m.unit(), m.amount(), false, m.supply().actorRef(), MaterialNames.en(m.demand().material()));
        }
        List<StakeholderBalance> out = new ArrayList<>();
        for (Acc a : byActor.values())
            out.add(new StakeholderBalance(a.ref, a.name, a.v[0], a.v[1], a.v[2], a.v[3], a.v[4], a.v[5], a.v[6], a.v[7],
                    a.partners.size(), String.join("; ", a.brought), String.join("; ", a.taken)));
        out.sort(Comparator.comparingDouble((StakeholderBalance b) -> -(b.bringsT + b.takesT + b.bringsGj + b.takesGj))
                .thenComparing(StakeholderBalance::actorRef));
        return out;
    }

    private static Acc acc(Map<String, Acc> m, FlowNode n) {
        return m.computeIfAbsent(n.actorRef(), k -> new Acc(n.actorRef(), n.actorName()));
    }

    private static final class Acc {
        final String ref;
        final String name;
        /** offeredT, bringsT, wantedT, takesT, offeredGj, bringsGj, wantedGj, takesGj */
        final double[] v = new double[8];
        final Set<String> partners = new TreeSet<>();
        final Set<String> brought = new TreeSet<>();
        final Set<String> taken = new TreeSet<>();

        Acc(String ref, String name) {
            this.ref = ref;
            this.name = name;
        }

        void offer(QuantityUnit u, double amount, boolean supply) {
            v[(u == QuantityUnit.GJ ? 4 : 0) + (supply ? 0 : 2)] += amount;
        }

        void move(QuantityUnit u, double amount, boolean supply, String partner, String material) {
            v[(u == QuantityUnit.GJ ? 4 : 0) + (supply ? 1 : 3)] += amount;
            partners.add(partner);
            (supply ? brought : taken).add(material);
        }
    }
}
