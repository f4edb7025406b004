package nl.kansenkaart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.matching.Decision;
import nl.kansenkaart.matching.DecisionStore;
import nl.kansenkaart.matching.PairKey;
import nl.kansenkaart.project.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "decide", mixinStandardHelpOptions = true,
        description = {"Record a decision on a proposed match; it holds for every later run and scenario.",
                "accept: allocated before unreviewed proposals; reject: never proposed again; pin: allocated first, even beyond the haul distance; clear: forget the decision.",
                "Without MATCH_ID and DECISION it lists the decisions."})
final class DecideCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file")
    Path project;

    @Parameters(index = "1", arity = "0..1", paramLabel = "MATCH_ID", description = "id as printed by 'match' (e.g. M3f9a2c1b7d)")
    String matchId;

    @Parameters(index = "2", arity = "0..1", paramLabel = "DECISION", description = "accept, reject, pin or clear")
    String decision;

    @Option(names = "--note", paramLabel = "TEXT", description = "why (kept with the decision)")
    String note;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectFile p = ProjectFile.open(project)) {
            DecisionStore store = new DecisionStore(p);
            if (matchId == null) {
                var all = store.all();
                out.printf("%d decisions%n", all.size());
                for (DecisionStore.Entry e : all)
                    out.printf("  %s  %-6s %s  %s%s%n", e.matchId(), e.decision().label(), e.decidedAt(), e.pair().text(),
                            e.note() == null ? "" : "  (" + e.note() + ")");
                return 0;
            }
            if (decision == null) throw new KansenkaartException("say what to decide for " + matchId + ": accept, reject, pin or clear");
            if (decision.trim().equalsIgnoreCase("clear")) {
                boolean had = store.clear(matchId);
                out.printf("%s %s%n", had ? "cleared the decision on" : "there was no decision on", DecisionStore.normaliseId(matchId));
                return 0;
            }
            Decision d;
            try {
                d = Decision.parse(decision);
            } catch (IllegalArgumentException e) {
                throw new KansenkaartException(e.getMessage() + ", or clear");
            }
            PairKey pair = store.pair(matchId);
            store.decide(pair, d, note);
            out.printf("%s %s (%s); it applies from the next 'match' run%n", past(d), pair.id(), pair.text());
        }
        return 0;
    }

    private static String past(Decision d) {
        return switch (d) {
            case PIN -> "pinned";
            case ACCEPT -> "accepted";
            case REJECT -> "rejected";
        };
    }
}
