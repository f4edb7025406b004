package nl.kansenkaart.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the allocation on random inputs: it never exceeds a supply or a demand, it is
 * deterministic (also when the input order changes), and it respects the preference order: no
 * candidate pair is "blocking" (both its supply and its demand have leftover or trade on a pair
 * that comes later in the order). The spatial search finds exactly the candidates of an all-pairs scan.
 */
class AllocationPropertyTest {

    private static final RuleTable RULES = RuleTable.defaults();
    private static final TransportClassTable CLASSES = TransportClassTable.defaults();

    @Test
    void allocationNeverExceedsEitherSide() {
        for (long seed = 1; seed <= 40; seed++) {
            FlowNodes nodes = RandomFlows.nodes(seed, 60, 60, 120_000);
            MatchSettings settings = MatchSettings.DEFAULTS.with(Map.of("max_candidates", Integer.toString(1 + (int) (seed % 7))));
            MatchRun run = MatchEngine.run("p", nodes, RULES, CLASSES, settings, DecisionSet.NONE, TodayProcessing.NONE);
            Map<Integer, Double> bySupply = new HashMap<>(), byDemand = new HashMap<>();
            for (Match m : run.matches()) {
                assertThat(m.amount()).isPositive();
                assertThat(m.unit()).isEqualTo(m.demand().unit());
                assertThat(m.supply().actorRef()).isNotEqualTo(m.demand().actorRef());
                bySupply.merge(m.supply().index(), m.amount(), Double::sum);
                byDemand.merge(m.demand().index(), m.amount(), Double::sum);
            }
            for (FlowNode s : nodes.supplies()) assertThat(bySupply.getOrDefault(s.index(), 0.0)).isLessThanOrEqualTo(s.amount() * (1 + 1e-9));
            for (FlowNode d : nodes.demands()) assertThat(byDemand.getOrDefault(d.index(), 0.0)).isLessThanOrEqualTo(d.amount() * (1 + 1e-9));
            // matched + unmatched = offered, per supply
            for (FlowNode s : nodes.supplies()) {
                double left = run.unmatched().stream().filter(u -> u.node() == s).mapToDouble(Unmatched::left).sum();
                assertThat(bySupply.getOrDefault(s.index(), 0.0) + left).isCloseTo(s.amount(), org.assertj.core.data.Offset.offset(1e-6 * (1 + s.amount())));
            }
            assertThat(run.matches()).as("seed %d finds matches", seed).isNotEmpty();
        }
    }

    @Test
    void allocationIsDeterministicWhateverTheInputOrder() {
        for (long seed = 1; seed <= 10; seed++) {
            FlowNodes nodes = RandomFlows.nodes(seed, 80, 80, 150_000);
            List<FlowNode> s = new ArrayList<>(nodes.supplies()), d = new ArrayList<>(nodes.demands());
            Collections.shuffle(s, new Random(seed));
            Collections.shuffle(d, new Random(seed + 1));
            MatchRun a = MatchEngine.run("p", nodes, RULES, CLASSES, MatchSettings.DEFAULTS, DecisionSet.NONE, TodayProcessing.NONE);
            MatchRun b = MatchEngine.run("p", FlowNodes.ofNodes(s, d), RULES, CLASSES, MatchSettings.DEFAULTS, DecisionSet.NONE,
                    TodayProcessing.NONE);
            assertThat(signature(b)).isEqualTo(signature(a));
        }
    }

    private static List<String> signature(MatchRun r) {
        return r.matches().stream().map(m -> m.id() + " " + m.rule().id() + " " + m.amount() + " " + m.score().total()).toList();
    }

    @Test
    void noCandidatePairIsBlocking() {
        for (long seed = 1; seed <= 40; seed++) {
            FlowNodes nodes = RandomFlows.nodes(seed, 70, 50, 100_000);
            CandidateSearch search = new CandidateSearch(nodes, RULES, CLASSES, MatchSettings.DEFAULTS, DecisionSet.NONE);
            Candidates c = search.search();
            double[] sa = nodes.supplies().stream().mapToDouble(FlowNode::amount).toArray();
            double[] da = nodes.demands().stream().mapToDouble(FlowNode::amount).toArray();
            Allocation a = Allocator.allocate(c, RULES.rules(), sa, da);
            int[] order = Allocator.order(c, RULES.rules());
            int[] position = new int[c.size];
            for (int i = 0; i < order.length; i++) position[order[i]] = i;
            int[] worstOfSupply = new int[sa.length], worstOfDemand = new int[da.length];
            java.util.Arrays.fill(worstOfSupply, -1);
            java.util.Arrays.fill(worstOfDemand, -1);
            for (int i = 0; i < a.count(); i++) {
                int e = a.edges()[i];
                worstOfSupply[c.supply[e]] = Math.max(worstOfSupply[c.supply[e]], position[e]);
                worstOfDemand[c.demand[e]] = Math.max(worstOfDemand[c.demand[e]], position[e]);
            }
            for (int e = 0; e < c.size; e++) {
                int s = c.supply[e], d = c.demand[e];
                boolean supplyWouldSwitch = a.supplyLeft()[s] > 0 || worstOfSupply[s] > position[e];
                boolean demandWouldSwitch = a.demandLeft()[d] > 0 || worstOfDemand[d] > position[e];
                assertThat(supplyWouldSwitch && demandWouldSwitch).as("seed %d: pair %d blocks", seed, e).isFalse();
            }
            // Order: tiers, then R-level, then cost.
            for (int i = 1; i < order.length; i++) {
                int p = order[i - 1], q = order[i];
                int rp = RULES.rules().get(c.rule[p]).rLevel().rank(), rq = RULES.rules().get(c.rule[q]).rLevel().rank();
                assertThat(rp <= rq).isTrue();
                if (rp == rq) assertThat(c.costPerUnit[p]).isLessThanOrEqualTo(c.costPerUnit[q] + 1e-4);
            }
        }
    }

    @Test
    void spatialSearchFindsExactlyTheAllPairsCandidates() {
        for (long seed = 1; seed <= 25; seed++) {
            FlowNodes nodes = RandomFlows.nodes(seed, 120, 150, 400_000);
            MatchSettings settings = MatchSettings.DEFAULTS.with(Map.of("max_candidates", Integer.toString(1 + (int) (seed % 9)),
                    "haul_factor", seed % 2 == 0 ? "0.5" : "1"));
            CandidateSearch search = new CandidateSearch(nodes, RULES, CLASSES, settings, DecisionSet.NONE);
            Candidates indexed = search.search();
            int[] all = java.util.stream.IntStream.range(0, nodes.supplies().size()).toArray();
            Candidates naive = AllPairsSearch.search(search, all);
            assertThat(edges(indexed)).isEqualTo(edges(naive));
            assertThat(indexed.size).isPositive();
        }
    }

    @Test
    void theParallelSearchOfALargeInputEqualsTheAllPairsScan() {
        FlowNodes nodes = RandomFlows.nodes(99, 4_600, 1_500, 250_000);
        CandidateSearch search = new CandidateSearch(nodes, RULES, CLASSES, MatchSettings.DEFAULTS, DecisionSet.NONE);
        int[] all = java.util.stream.IntStream.range(0, nodes.supplies().size()).toArray();
        assertThat(all.length).isGreaterThan(4_000); // more than one chunk on a multi-core machine
        assertThat(edges(search.search())).isEqualTo(edges(AllPairsSearch.search(search, all)));
    }

    private static List<String> edges(Candidates c) {
        List<String> out = new ArrayList<>();
        for (int e = 0; e < c.size; e++) out.add(c.supply[e] + ">" + c.demand[e] + "@" + c.rule[e]);
        return out;
    }
}
