package nl.kansenkaart.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.MaterialGroup;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.PhysicalState;
import nl.kansenkaart.model.QuantityUnit;

/**
 * Finds candidate pairs: for each supply and each rule it may use (best R-level first), the
 * nearest compatible demands within the haul distance of its transport class, from a spatial index
 * per rule demand side: the scenario's max_candidates nearest, or as many more as it takes for
 * their demand to add up to the supply. Pairs of one actor with itself, of different units, or rejected by the
 * analyst are skipped; pinned pairs are added whatever their distance. Also records, per node,
 * why it could not take part, for the report of unmatched supply and unmet demand.
 */
final class CandidateSearch {

    final List<FlowNode> supplies;
    final List<FlowNode> demands;
    final List<CompatibilityRule> rules;
    final MatchSettings settings;

    final TransportClass[] supplyClass;
    /** Per supply: usable rule indices in preference order (R-level, specificity, table order). */
    final int[][] supplyRules;
    /** Per node: why it is out before any search, or null. */
    final UnmatchedReason[] supplyOut;
    final UnmatchedReason[] demandOut;
    final String[] supplyOutDetail;
    final String[] demandOutDetail;
    /** Decisions that could not be applied (pair or rule gone): readable lines for the run report. */
    final List<String> staleDecisions = new ArrayList<>();

    /** Actor number per node (shared numbering of supplies and demands) and how many actors. */
    final int[] supplyActor;
    final int[] demandActor;
    final int actorCount;
    final int[] demandUnit;
    final double[] demandAmount;
    final double[] dxs;
    final double[] dys;
    final int[] ruleGroup;
    private final List<List<FlowNode>> groupDemands = new ArrayList<>();
    private final NodeIndex[] indexes;
    /** inGroup[g][d]: demand d takes part and rule group g can serve it. */
    final boolean[][] inGroup;
    final PairDecisions decisions;

    CandidateSearch(FlowNodes nodes, RuleTable ruleTable, TransportClassTable classes, MatchSettings settings,
                    DecisionSet decisions) {
        this.supplies = nodes.supplies();
        this.demands = nodes.demands();
        this.rules = ruleTable.rules();
        this.settings = settings;
        int ns = supplies.size(), nd = demands.size();
        supplyClass = new TransportClass[ns];
        supplyRules = new int[ns][];
        supplyOut = new UnmatchedReason[ns];
        demandOut = new UnmatchedReason[nd];
        supplyOutDetail = new String[ns];
        demandOutDetail = new String[nd];
        supplyActor = new int[ns];
        demandActor = new int[nd];
        demandUnit = new int[nd];
        demandAmount = new double[nd];
        dxs = new double[nd];
        dys = new double[nd];

        Map<String, Integer> actors = new HashMap<>();
        for (FlowNode d : demands) {
            demandActor[d.index()] = actors.computeIfAbsent(d.actorRef(), k -> actors.size());
            demandUnit[d.index()] = d.unit().ordinal();
            demandAmount[d.index()] = d.amount();
            dxs[d.index()] = d.x();
            dys[d.index()] = d.y();
        }
        for (FlowNode s : supplies) supplyActor[s.index()] = actors.computeIfAbsent(s.actorRef(), k -> actors.size());
        actorCount = actors.size();

        // Rules share a spatial index when their demand sides are the same selector.
        ruleGroup = new int[rules.size()];
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            Integer g = groups.get(rules.get(r).demand().toString());
            if (g == null) {
                g = groups.size();
                groups.put(rules.get(r).demand().toString(), g);
                groupDemands.add(new ArrayList<>());
            }
            ruleGroup[r] = g;
        }
        indexes = new NodeIndex[groups.size()];
        inGroup = new boolean[groups.size()][nd];

        classifySupplies(classes);
        classifyDemands();
        this.decisions = new PairDecisions(decisions, supplies, demands);
        staleDecisions.addAll(this.decisions.stale());
    }

    private boolean usable(CompatibilityRule r) {
        return r.rLevel().rank() <= settings.worstRLevel().rank();
    }

    /** What rules and classes depend on; nodes share the answers (a national run has few distinct kinds). */
    private record Kind(MaterialKey material, MaterialGroup group, PhysicalState state, boolean hazardous, QuantityUnit unit) {
        Kind(FlowNode n) {
            this(n.material(), n.group(), n.state(), n.hazardous(), n.unit());
        }
    }

    private void classifySupplies(TransportClassTable classes) {
        Map<Kind, int[]> rulesCache = new HashMap<>();
        Map<Kind, TransportClass> classCache = new HashMap<>();
        for (FlowNode s : supplies) {
            int i = s.index();
            Kind kind = new Kind(s);
            supplyClass[i] = classCache.computeIfAbsent(kind, k -> classes.classify(s.material(), s.group(), s.state(), s.unit()));
            supplyRules[i] = rulesCache.computeIfAbsent(kind, k -> rulesFor(s));
            if (!s.isLocated()) out(true, i, UnmatchedReason.NOT_LOCATED, "no coordinates");
            else if (!settings.includeEstimated() && s.quality() == DataQuality.ESTIMATED)
                out(true, i, UnmatchedReason.EXCLUDED, "estimated figure; scenario uses measured figures only");
            else if (s.hazardous() && !settings.allowHazardous())
                out(true, i, UnmatchedReason.EXCLUDED, "hazardous; scenario leaves hazardous supplies out");
            else if (settings.regionOnly() && Boolean.FALSE.equals(s.inRegion()))
                out(true, i, UnmatchedReason.EXCLUDED, "outside the study region; scenario is region-only");
            else if (supplyRules[i].length == 0)
                out(true, i, UnmatchedReason.NO_RULE, s.hazardous() ? "no rule allows this hazardous material" : "no rule for " + s.material());
        }
    }

    private int[] rulesFor(FlowNode s) {
        List<int[]> found = new ArrayList<>(); // {rule, specificity}
        for (int r = 0; r < rules.size(); r++) {
            CompatibilityRule rule = rules.get(r);
            if (!usable(rule) || (s.hazardous() && !rule.hazardousAllowed())) continue;
            int spec = rule.supply().specificity(s.material(), s.group(), s.state());
            if (spec != MaterialSelector.NO_MATCH) found.add(new int[] {r, spec});
        }
        found.sort((a, b) -> {
            int c = Integer.compare(rules.get(a[0]).rLevel().rank(), rules.get(b[0]).rLevel().rank());
            if (c != 0) return c;
            c = Integer.compare(b[1], a[1]);
            return c != 0 ? c : Integer.compare(a[0], b[0]);
        });
        return found.stream().mapToInt(a -> a[0]).toArray();
    }

    private void classifyDemands() {
        Map<Kind, boolean[]> cache = new HashMap<>();
        for (FlowNode d : demands) {
            int i = d.index();
            boolean[] groups = cache.computeIfAbsent(new Kind(d.material(), d.group(), d.state(), false, d.unit()), k -> {
                boolean[] g = new boolean[groupDemands.size()];
                for (int r = 0; r < rules.size(); r++)
                    if (usable(rules.get(r)) && rules.get(r).demand().matches(d.material(), d.group(), d.state())) g[ruleGroup[r]] = true;
                return g;
            });
            boolean any = false;
            for (boolean b : groups) any |= b;
            if (!d.isLocated()) out(false, i, UnmatchedReason.NOT_LOCATED, "no coordinates");
            else if (!settings.includeEstimated() && d.quality() == DataQuality.ESTIMATED)
                out(false, i, UnmatchedReason.EXCLUDED, "estimated figure; scenario uses measured figures only");
            else if (settings.regionOnly() && Boolean.FALSE.equals(d.inRegion()))
                out(false, i, UnmatchedReason.EXCLUDED, "outside the study region; scenario is region-only");
            else if (!any) out(false, i, UnmatchedReason.NO_RULE, "no rule supplies " + d.material());
            if (demandOut[i] != null) continue;
            for (int g = 0; g < groups.length; g++) if (groups[g]) {
                groupDemands.get(g).add(d);
                this.inGroup[g][i] = true;
            }
        }
    }

    private void out(boolean supply, int i, UnmatchedReason reason, String detail) {
        if (supply) {
            supplyOut[i] = reason;
            supplyOutDetail[i] = detail;
        } else {
            demandOut[i] = reason;
            demandOutDetail[i] = detail;
        }
    }

    /** The decision recorded for a pair of node indices, or null. */
    Decision decision(int s, int d) {
        return decisions.get(s, d);
    }

    private NodeIndex index(int group) {
        if (indexes[group] == null) indexes[group] = new NodeIndex(groupDemands.get(group), demandActor, dxs, dys);
        return indexes[group];
    }

    int groupCount() {
        return groupDemands.size();
    }

    /** How many demands rule group g can serve (the size of its index). */
    int groupSize(int g) {
        return groupDemands.get(g).size();
    }

    /** Straight-line radius in metres a supply may reach: the class's road haul / detour factor. */
    double radiusM(int s) {
        return supplyClass[s].maxHaulKm() * settings.haulFactor() * 1000.0 / settings.detourFactor();
    }

    double costPerUnit(int s, double straightM) {
        return straightM * settings.detourFactor() / 1000.0 * supplyClass[s].transportEurPerKm() * settings.transportCostFactor();
    }

    Candidates search() {
        return search(null);
    }

    /**
     * The candidates of the given supplies (increasing indices), or of all when subset is null.
     * Large searches run in contiguous chunks on all cores; the chunks are joined in order, so the
     * result is the same as one thread would produce.
     */
    Candidates search(int[] subset) {
        int count = subset == null ? supplies.size() : subset.length;
        for (int g = 0; g < indexes.length; g++) index(g); // build before threads share them
        int chunks = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), count / 2_000));
        List<Worker> done = IntStream.range(0, chunks).parallel().mapToObj(ch -> {
            Worker w = new Worker();
            for (int i = (int) ((long) count * ch / chunks), end = (int) ((long) count * (ch + 1) / chunks); i < end; i++)
                w.supply(subset == null ? i : subset[i]);
            return w;
        }).toList();
        Candidates c = done.get(0).found;
        for (int i = 1; i < done.size(); i++) c.append(done.get(i).found);
        for (Worker w : done) staleDecisions.addAll(w.notes);
        return c;
    }

    /** The search state of one thread. */
    private final class Worker {
        final Candidates found = new Candidates();
        final List<String> notes = new ArrayList<>();
        final int k = settings.maxCandidates();
        int[] idx = new int[k];
        double[] dist = new double[k];
        final int[] seenBy = new int[demands.size()];
        final int[] edgeOf = new int[demands.size()];
        final NodeIndex.Hits hits = new NodeIndex.Hits();

        void supply(int s) {
            if (supplyOut[s] != null) return;
            final int actor = supplyActor[s];
            final int unit = supplies.get(s).unit().ordinal();
            NodeIndex.Filter notRejected = decisions.anyRejected() ? d -> !decisions.rejected(s, d) : null;
            double radius = radiusM(s);
            FlowNode supply = supplies.get(s);
            for (int r : supplyRules[s]) {
                NodeIndex index = indexes[ruleGroup[r]];
                int want = k;
                int n = index.nearest(supply.x(), supply.y(), want, radius, actor, unit, notRejected, hits, idx, dist);
                // A large supply (a waste-to-energy plant's CO2 for dozens of greenhouses) needs more
                // takers than the k nearest: widen until those found could take all of it, or the
                // haul distance holds no more. Small supplies, the usual case, stop at k.
                while (n == want && want < index.size() && canTake(n) < supply.amount()) {
                    want = (int) Math.min(index.size(), 2L * want);
                    if (idx.length < want) {
                        idx = new int[want];
                        dist = new double[want];
                    }
                    n = index.nearest(supply.x(), supply.y(), want, radius, actor, unit, notRejected, hits, idx, dist);
                }
                for (int j = 0; j < n; j++) {
                    int d = idx[j];
                    if (seenBy[d] == s + 1) continue; // a better rule already pairs them
                    seenBy[d] = s + 1;
                    edgeOf[d] = found.add(s, d, r, dist[j], costPerUnit(s, dist[j]), tierOf(s, d));
                }
            }
            for (int d : decisions.pinned(s)) pin(s, d);
        }

        private double canTake(int n) {
            double sum = 0;
            for (int j = 0; j < n; j++) sum += demandAmount[idx[j]];
            return sum;
        }

        /** A pinned pair is kept even beyond the haul distance, with the best rule that still joins them. */
        void pin(int s, int d) {
            FlowNode supply = supplies.get(s), demand = demands.get(d);
            String what = "pin " + PairKey.of(supply, demand).id() + " (" + PairKey.of(supply, demand).text() + ")";
            if (seenBy[d] == s + 1) {
                found.tier[edgeOf[d]] = Candidates.TIER_PINNED;
                return;
            }
            if (demandOut[d] != null) {
                notes.add(what + ": demand " + demandOutDetail[d]);
                return;
            }
            if (supply.unit() != demand.unit()) {
                notes.add(what + ": units differ");
                return;
            }
            for (int r : supplyRules[s]) {
                if (!rules.get(r).demand().matches(demand.material(), demand.group(), demand.state())) continue;
                double dist = supply.distanceTo(demand);
                seenBy[d] = s + 1;
                edgeOf[d] = found.add(s, d, r, dist, costPerUnit(s, dist), Candidates.TIER_PINNED);
                return;
            }
            notes.add(what + ": no rule joins them any more");
        }
    }

    byte tierOf(int s, int d) {
        Decision dec = decisions.get(s, d);
        return dec == Decision.PIN ? Candidates.TIER_PINNED : dec == Decision.ACCEPT ? Candidates.TIER_ACCEPTED : Candidates.TIER_PROPOSED;
    }
}
