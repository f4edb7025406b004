package nl.kansenkaart.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.kansenkaart.codes.MaterialClass;
import nl.kansenkaart.codes.MaterialClassification;
import nl.kansenkaart.geo.Pc4Table;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.QuantityUnit;

/**
 * The step 3 benchmark workload: seeded supply and demand points spread over the Netherlands like
 * businesses are (around the 4,699 postcode-area centroids), with the materials the default rules
 * name, matched with the default rules; and the naive all-pairs candidate search on a subsample
 * of the supplies, extrapolated, to show what the spatial index saves.
 */
public final class MatchBenchmark {

    /** Figures of the naive comparison. */
    public record Naive(int sampleSupplies, double sampleMillis, double extrapolatedMillis, double indexedSearchMillis,
                        boolean sameCandidates, int sampleCandidates) {

        public double ratio() {
            return extrapolatedMillis / Math.max(indexedSearchMillis, 1e-3);
        }
    }

    private MatchBenchmark() {}

    /** Seeded nodes; supply and demand actors are distinct, amounts log-uniform (1-5,000 t, heat 1,000-1,000,000 GJ). */
    public static FlowNodes generate(long seed, int supplies, int demands, RuleTable rules) {
        Random rnd = new Random(seed);
        Set<MaterialKey> supplyKeys = new LinkedHashSet<>(), demandKeys = new LinkedHashSet<>();
        for (CompatibilityRule r : rules.rules()) {
            supplyKeys.addAll(r.supply().namedKeys());
            demandKeys.addAll(r.demand().namedKeys());
        }
        List<double[]> places = new ArrayList<>();
        for (Pc4Table.Pc4 pc : Pc4Table.get().all().values()) if (!pc.poBoxOnly()) places.add(new double[] {pc.x(), pc.y()});
        List<MaterialKey> sk = List.copyOf(supplyKeys), dk = List.copyOf(demandKeys);
        List<FlowNode> s = new ArrayList<>(supplies), d = new ArrayList<>(demands);
        for (int i = 0; i < supplies; i++) s.add(node(rnd, "S" + i, FlowDirection.SUPPLY, sk, places));
        for (int i = 0; i < demands; i++) d.add(node(rnd, "D" + i, FlowDirection.DEMAND, dk, places));
        return FlowNodes.ofNodes(s, d);
    }

    private static FlowNode node(Random rnd, String ref, FlowDirection dir, List<MaterialKey> keys, List<double[]> places) {
        MaterialKey key = keys.get(rnd.nextInt(keys.size()));
        MaterialClass c = MaterialClassification.get().of(key);
        boolean gj = key.toString().equals("resource:residual_heat") || key.toString().equals("resource:heat");
        double amount = gj ? Math.pow(10, 3 + 3 * rnd.nextDouble()) : Math.pow(10, rnd.nextDouble() * Math.log10(5000));
        double[] p = places.get(rnd.nextInt(places.size()));
        return new FlowNode(-1, ref, ref, dir, key, c.group(), c.state(), false, Math.round(amount * 10) / 10.0,
                gj ? QuantityUnit.GJ : QuantityUnit.TONNE, rnd.nextBoolean() ? DataQuality.MEASURED : DataQuality.ESTIMATED,
                LocationPrecision.values()[rnd.nextInt(4)], p[0] + rnd.nextGaussian() * 1500, p[1] + rnd.nextGaussian() * 1500, null,
                "benchmark");
    }

    public static MatchRun match(FlowNodes nodes, RuleTable rules, TransportClassTable classes, MatchSettings settings) {
        return MatchEngine.run("bench", nodes, rules, classes, settings, DecisionSet.NONE, TodayProcessing.NONE);
    }

    /**
     * Times the all-pairs search on every k-th supply and extrapolates to all, and times the
     * indexed search of all supplies; each {@code repeats} times, keeping the fastest (the least
     * disturbed by other processes). Checks that both give the same candidates on the subsample.
     */
    public static Naive naive(FlowNodes nodes, RuleTable rules, TransportClassTable classes, MatchSettings settings, int sample,
                              int repeats) {
        int n = nodes.supplies().size();
        int step = Math.max(1, n / Math.max(1, sample));
        int[] subset = java.util.stream.IntStream.iterate(0, i -> i < n, i -> i + step).toArray();
        CandidateSearch search = new CandidateSearch(nodes, rules, classes, settings, DecisionSet.NONE);
        double naiveMs = Double.MAX_VALUE, indexedMs = Double.MAX_VALUE;
        Candidates naive = null;
        for (int r = 0; r < Math.max(1, repeats); r++) {
            long t0 = System.nanoTime();
            naive = AllPairsSearch.search(search, subset);
            long t1 = System.nanoTime();
            search.search();
            long t2 = System.nanoTime();
            naiveMs = Math.min(naiveMs, (t1 - t0) / 1e6);
            indexedMs = Math.min(indexedMs, (t2 - t1) / 1e6);
        }
        Candidates indexedSample = search.search(subset);
        boolean same = naive.size == indexedSample.size && naive.size > 0;
        for (int e = 0; same && e < naive.size; e++)
            same = naive.supply[e] == indexedSample.supply[e] && naive.demand[e] == indexedSample.demand[e] && naive.rule[e] == indexedSample.rule[e];
        return new Naive(subset.length, naiveMs, naiveMs * n / subset.length, indexedMs, same, naive.size);
    }

    /** Resets the peak-usage counters of the heap pools. */
    public static void resetPeakHeap() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    /** Sum of the heap pools' peak usage since the last reset, in bytes. */
    public static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }
}
