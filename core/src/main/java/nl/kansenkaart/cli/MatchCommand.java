package nl.kansenkaart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.kansenkaart.matching.MatchRun;
import nl.kansenkaart.matching.ScenarioStore;
import nl.kansenkaart.matching.Step3;
import nl.kansenkaart.project.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"Run step 3 (matchmaking) on a project's supply and demand flows and print the matches with their explanations.",
                "Results are stored per scenario in the project: the layers 'matches' (flow lines) and 'match_unmatched' (points) and the tables match_balance and match_indicators. Decisions (see 'decide') are applied."})
final class MatchCommand implements Callable<Integer> {

    enum View { all, area, chain, unmatched, balance, indicators }

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file")
    Path project;

    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = ScenarioStore.BASE,
            description = "saved scenario to run (default: ${DEFAULT-VALUE}, the defaults); see 'scenario'")
    String scenario;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "all",
            description = "what to print: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    View view;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "matches and stakeholders listed per section (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectFile p = ProjectFile.open(project)) {
            MatchRun run = Step3.run(p, scenario);
            MatchReport r = new MatchReport(out, Math.max(0, limit));
            r.summary(run);
            String region = p.meta("region");
            if (view == View.all || view == View.area)
                r.matches("Area-based matches (both ends in " + (region == null ? "the region" : region) + ")", run.areaBased());
            if (view == View.all || view == View.chain)
                r.matches("Chain-based matches (leaving the region)", run.chainBased());
            if (view == View.all || view == View.unmatched) r.unmatched(run);
            if (view == View.all || view == View.balance) r.balance(run);
            if (view == View.all || view == View.indicators) r.indicators(run);
            out.printf("%nStored in %s: layers 'matches' and 'match_unmatched', tables match_balance and match_indicators (scenario %s).%n",
                    p.path().getFileName(), run.scenario());
            out.printf("Review a match with: kansenkaart decide %s MATCH_ID accept|reject|pin%n", project);
        }
        return 0;
    }
}
