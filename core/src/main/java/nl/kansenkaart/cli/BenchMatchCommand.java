package nl.kansenkaart.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.kansenkaart.matching.FlowNodes;
import nl.kansenkaart.matching.MatchBenchmark;
import nl.kansenkaart.matching.MatchRun;
import nl.kansenkaart.matching.MatchSettings;
import nl.kansenkaart.matching.RuleTable;
import nl.kansenkaart.matching.TransportClassTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench match}: step 3 on 50,000 supply and 50,000 demand points spread over the
 * Netherlands with the default rules, against the naive all-pairs candidate search on a
 * subsample (extrapolated). Target: full matching under 2 s and at least 50x faster than all-pairs.
 */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Benchmark step 3: candidate search with the spatial index and allocation on seeded points over the Netherlands, compared with a naive all-pairs search on a subsample (extrapolated). Prints times, the ratio and the peak heap.",
                "Target: full matching < 2 s, >= 50x faster than all-pairs."})
public final class BenchMatchCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--supplies", defaultValue = "50000", description = "supply points (default: ${DEFAULT-VALUE})")
    int supplies;

    @Option(names = "--demands", defaultValue = "50000", description = "demand points (default: ${DEFAULT-VALUE})")
    int demands;

    @Option(names = "--seed", defaultValue = "20240501", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--sample", defaultValue = "500", description = "supplies searched all-pairs (default: ${DEFAULT-VALUE})")
    int sample;

    @Option(names = "--runs", defaultValue = "5", description = "timed runs of each measurement; the fastest counts, the first includes JIT warm-up (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--candidates", description = "max candidates per supply and rule (default: the scenario default)")
    Integer candidates;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleTable rules = RuleTable.defaults();
        TransportClassTable classes = TransportClassTable.defaults();
        MatchSettings settings = candidates == null ? MatchSettings.DEFAULTS
                : MatchSettings.DEFAULTS.with(Map.of("max_candidates", Integer.toString(candidates)));
        out.printf(Locale.ROOT, "bench match: %,d supplies x %,d demands over the Netherlands (seed %d), %d default rules, %d cores, max heap %,d MB%n",
                supplies, demands, seed, rules.size(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        long g0 = System.nanoTime();
        FlowNodes nodes = MatchBenchmark.generate(seed, supplies, demands, rules);
        out.printf(Locale.ROOT, "  generated in %.0f ms (not timed below)%n", (System.nanoTime() - g0) / 1e6);
        System.gc();
        MatchBenchmark.resetPeakHeap();
        long best = Long.MAX_VALUE;
        MatchRun last = null;
        for (int i = 1; i <= Math.max(1, runs); i++) {
            long t0 = System.nanoTime();
            last = MatchBenchmark.match(nodes, rules, classes, settings);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            best = Math.min(best, ms);
            MatchRun.Stats s = last.stats();
            out.printf(Locale.ROOT, "  run %d: full matching %,d ms (candidate search %,d ms, allocation %,d ms, results %,d ms): %,d candidates, %,d matches%n",
                    i, ms, s.searchMillis(), s.allocateMillis(), s.totalMillis() - s.searchMillis() - s.allocateMillis(), s.candidates(),
                    last.matches().size());
        }
        long peak = MatchBenchmark.peakHeapBytes();
        MatchBenchmark.Naive naive = MatchBenchmark.naive(nodes, rules, classes, settings, sample, Math.max(1, runs));
        out.printf(Locale.ROOT, "  naive all-pairs search (fastest of %d): %,d supplies x %,d demands in %,.0f ms -> %,.0f ms for all %,d supplies (extrapolated)%n",
                Math.max(1, runs), naive.sampleSupplies(), demands, naive.sampleMillis(), naive.extrapolatedMillis(), supplies);
        out.printf(Locale.ROOT, "  indexed candidate search (fastest of %d), all supplies: %,.0f ms; same candidates as all-pairs on the sample: %s (%,d)%n",
                Math.max(1, runs), naive.indexedSearchMillis(), naive.sameCandidates() ? "yes" : "NO", naive.sampleCandidates());
        out.printf(Locale.ROOT, "  ratio all-pairs / indexed search: %.0fx (target >= 50x)%n", naive.ratio());
        out.printf(Locale.ROOT, "  fastest full matching: %,d ms (target < 2,000 ms): %s%n", best, best < 2000 ? "met" : "NOT met");
        out.printf(Locale.ROOT, "  peak heap during matching: %,d MB of %,d MB max (sum of the heap pools' peaks, garbage not yet collected included)%n",
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "  %s%n", last.summaryLine());
        return 0;
    }

    /** Runs the benchmark on its own (the lead hooks it under 'bench'). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMatchCommand()).execute(args));
    }
}
