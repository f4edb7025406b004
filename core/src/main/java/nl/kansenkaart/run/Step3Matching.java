package nl.kansenkaart.run;

import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.matching.MatchRun;
import nl.kansenkaart.matching.ScenarioStore;
import nl.kansenkaart.matching.Step3;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.steps.AnalysisStep;
import nl.kansenkaart.steps.AnalysisYears;
import nl.kansenkaart.steps.StepReport;

/**
 * Step 3 of the method as part of {@code run}: matchmaking of the step-2 candidates for one saved
 * scenario (default: the base scenario), stored in one transaction by {@link Step3#run}.
 */
public final class Step3Matching implements AnalysisStep {

    private final String scenario;

    public Step3Matching() {
        this(ScenarioStore.BASE);
    }

    public Step3Matching(String scenario) {
        this.scenario = scenario;
    }

    @Override
    public int number() {
        return 3;
    }

    @Override
    public String title() {
        return "matchmaking (scenario " + scenario + ")";
    }

    @Override
    public StepReport run(ProjectFile project, AnalysisYears years) {
        MatchRun run = Step3.run(project, scenario);
        List<String> lines = new ArrayList<>();
        lines.add(run.summaryLine());
        lines.add(String.format(java.util.Locale.ROOT, "area-based matches: %d, chain-based: %d", run.areaBased().size(),
                run.chainBased().size()));
        lines.addAll(MatchesByRule.lines(run.matches()));
        lines.addAll(run.notes());
        return new StepReport(3, title(), lines);
    }
}
