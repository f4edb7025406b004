package nl.kansenkaart.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Matching without a database: nodes, rules, classes, settings and decisions in, a {@link MatchRun}
 * out. Candidate search (spatial index), allocation (global preference order), then per match the
 * scale, approach, money and score. Used by {@link Step3} and by the benchmark.
 */
public final class MatchEngine {

    private MatchEngine() {}

    public static MatchRun run(String scenario, FlowNodes nodes, RuleTable rules, TransportClassTable classes,
                               MatchSettings settings, DecisionSet decisions, TodayProcessing today) {
        long t0 = System.nanoTime();
        CandidateSearch search = new CandidateSearch(nodes, rules, classes, settings, decisions);
        Candidates c = search.search();
        long t1 = System.nanoTime();
        List<FlowNode> supplies = nodes.supplies(), demands = nodes.demands();
        double[] supplyAmount = new double[supplies.size()];
        double[] demandAmount = new double[demands.size()];
        for (FlowNode s : supplies) supplyAmount[s.index()] = s.amount();
        for (FlowNode d : demands) demandAmount[d.index()] = d.amount();
        Allocation a = Allocator.allocate(c, rules.rules(), supplyAmount, demandAmount);
        long t2 = System.nanoTime();

        List<Match> matches = new ArrayList<>(a.count());
        boolean[] supplyHadCandidate = new boolean[supplies.size()];
        boolean[] demandHadCandidate = new boolean[demands.size()];
        for (int e = 0; e < c.size; e++) {
            supplyHadCandidate[c.supply[e]] = true;
            demandHadCandidate[c.demand[e]] = true;
        }
        for (int i = 0; i < a.count(); i++) {
            int e = a.edges()[i];
            matches.add(match(search, c, e, a.amounts()[i], supplies.get(c.supply[e]), demands.get(c.demand[e]),
                    rules.rules().get(c.rule[e]), settings));
        }
        List<Unmatched> unmatched = new ArrayList<>();
        for (FlowNode s : supplies)
            unmatched(unmatched, s, a.supplyLeft()[s.index()], search.supplyOut[s.index()], search.supplyOutDetail[s.index()],
                    supplyHadCandidate[s.index()]);
        SupplyReach reach = null;
        for (FlowNode d : demands) {
            int i = d.index();
            if (a.demandLeft()[i] > 0 && search.demandOut[i] == null && !demandHadCandidate[i]) {
                if (reach == null) reach = new SupplyReach(search);
                if (reach.reachable(i)) {
                    unmatched.add(new Unmatched(d, a.demandLeft()[i], UnmatchedReason.NOT_AMONG_NEAREST, UnmatchedReason.NOT_AMONG_NEAREST.text()));
                    continue;
                }
            }
            unmatched(unmatched, d, a.demandLeft()[i], search.demandOut[i], search.demandOutDetail[i], demandHadCandidate[i]);
        }
        ScenarioIndicators indicators = ScenarioIndicators.compute(nodes, matches, unmatched, settings, today);
        List<StakeholderBalance> balances = StakeholderBalance.of(nodes, matches, search.supplyActor, search.demandActor, search.actorCount);
        long t3 = System.nanoTime();
        MatchRun.Stats stats = new MatchRun.Stats(supplies.size(), demands.size(), c.size, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t0) / 1_000_000);
        return new MatchRun(scenario, settings, matches, unmatched, indicators, balances, stats, search.staleDecisions);
    }

    private static Match match(CandidateSearch search, Candidates c, int e, double amount, FlowNode s, FlowNode d,
                               CompatibilityRule rule, MatchSettings settings) {
        TransportClass tc = search.supplyClass[s.index()];
        double roadKm = c.distanceM[e] * settings.detourFactor() / 1000.0;
        ScaleLevel scale = ScaleLevel.ofDistanceKm(roadKm);
        if (!nl.kansenkaart.geo.NetherlandsBounds.containsRd(s.x(), s.y()) || !nl.kansenkaart.geo.NetherlandsBounds.containsRd(d.x(), d.y()))
            scale = ScaleLevel.INTERNATIONAL;
        Approach approach = Approach.of(s.inRegion(), d.inRegion(), scale);
        double perUnit = c.costPerUnit[e];
        MatchScore score = ScoreCard.score(s, d, rule, amount, perUnit, tc.valueEur());
        return new Match(PairKey.of(s, d).id(), s, d, rule, tc, amount, roadKm, scale, approach, perUnit, tc.valueEur(),
                search.decision(s.index(), d.index()), score);
    }

    private static void unmatched(List<Unmatched> out, FlowNode n, double left, UnmatchedReason pre, String preDetail,
                                  boolean hadCandidate) {
        if (!(left > 0)) return;
        if (pre != null) out.add(new Unmatched(n, left, pre, preDetail));
        else if (!hadCandidate) out.add(new Unmatched(n, left, UnmatchedReason.NO_PARTNER_IN_RANGE, UnmatchedReason.NO_PARTNER_IN_RANGE.text()));
        else out.add(new Unmatched(n, left, UnmatchedReason.CAPACITY_TAKEN, UnmatchedReason.CAPACITY_TAKEN.text()));
    }
}
