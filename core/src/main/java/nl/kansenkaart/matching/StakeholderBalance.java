package nl.kansenkaart.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.kansenkaart.model.QuantityUnit;

/**
 * "Take and bring" (halen en brengen, guide 001:2082-2103) of one stakeholder: what it offers and
 * what it needs, what of that the matches move, with how many partners. A party that both brings
 * and takes is the strongest coalition member; a one-sided party depends on others' interest.
 *
 * @param offered / wanted  supply and demand of the actor (t/yr; heat in the GJ fields)
 * @param brings / takes    matched supply and demand
 * @param materialsBrought  the material keys ({@code eural:020103; resource:co2}) it brings, sorted;
 *                          named in a language where shown ({@link nl.kansenkaart.codes.MaterialNames})
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

        /** The role stored in a project (its English text), or null when the text is none of them. */
        public static Role ofStored(String text) {
            for (Role r : values()) if (r.en.equals(text)) return r;
            return null;
        }
    }

    public Role role() {
        boolean brings = bringsT + bringsGj > 0, takes = takesT + takesGj > 0;
        return brings && takes ? Role.BRINGS_AND_TAKES : brings ? Role.BRINGS : takes ? Role.TAKES : Role.UNMATCHED;
    }

    /** Brings minus takes in tonnes: positive = net giver. */
    public double netT() {
        return bringsT - takesT;
    }

    /**
     * @param supplyActor actor number of each supply node (by index), demandActor likewise, numbers 0..actors-1
     */
    static List<StakeholderBalance> of(FlowNodes nodes, List<Match> matches, int[] supplyActor, int[] demandActor, int actors) {
        Acc[] acc = new Acc[actors];
        for (FlowNode s : nodes.supplies()) acc(acc, supplyActor[s.index()], s).offer(s.unit(), s.amount(), true);
        for (FlowNode d : nodes.demands()) acc(acc, demandActor[d.index()], d).offer(d.unit(), d.amount(), false);
        for (Match m : matches) {
            Acc s = acc[supplyActor[m.supply().index()]], d = acc[demandActor[m.demand().index()]];
            s.move(m.unit(), m.amount(), true, m.demand().actorRef(), m.supply().material().toString());
            d.move(m.unit(), m.amount(), false, m.supply().actorRef(), m.demand().material().toString());
        }
        List<StakeholderBalance> out = new ArrayList<>(actors);
        for (Acc a : acc)
            out.add(new StakeholderBalance(a.ref, a.name, a.v[0], a.v[1], a.v[2], a.v[3], a.v[4], a.v[5], a.v[6], a.v[7],
                    a.partners == null ? 0 : a.partners.size(), join(a.brought), join(a.taken)));
        out.sort(Comparator.comparingDouble((StakeholderBalance b) -> -(b.bringsT + b.takesT + b.bringsGj + b.takesGj))
                .thenComparing(StakeholderBalance::actorRef));
        return out;
    }

    private static Acc acc(Acc[] acc, int actor, FlowNode n) {
        if (acc[actor] == null) acc[actor] = new Acc(n.actorRef(), n.actorName());
        return acc[actor];
    }

    private static String join(Set<String> s) {
        return s == null ? "" : String.join("; ", s);
    }

    private static final class Acc {
        final String ref;
        final String name;
        /** offeredT, bringsT, wantedT, takesT, offeredGj, bringsGj, wantedGj, takesGj */
        final double[] v = new double[8];
        // created on first use: most of a national run's actors have no match
        Set<String> partners;
        Set<String> brought;
        Set<String> taken;

        Acc(String ref, String name) {
            this.ref = ref;
            this.name = name;
        }

        void offer(QuantityUnit u, double amount, boolean supply) {
            v[(u == QuantityUnit.GJ ? 4 : 0) + (supply ? 0 : 2)] += amount;
        }

        void move(QuantityUnit u, double amount, boolean supply, String partner, String material) {
            v[(u == QuantityUnit.GJ ? 4 : 0) + (supply ? 1 : 3)] += amount;
            if (partners == null) partners = new java.util.HashSet<>();
            partners.add(partner);
            if (supply) {
                if (brought == null) brought = new TreeSet<>();
                brought.add(material);
            } else {
                if (taken == null) taken = new TreeSet<>();
                taken.add(material);
            }
        }
    }
}
