package nl.kansenkaart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.resources.YearChoice;
import nl.kansenkaart.run.Steps;
import nl.kansenkaart.steps.AnalysisStep;
import nl.kansenkaart.steps.AnalysisYears;
import nl.kansenkaart.steps.StepReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the steps of the method on a project, in order; each step stores its results in one transaction.",
                "Step 1 maps and ranks the business clusters, step 2 analyses the raw materials and residues of the selected ones,",
                "step 3 matches supply and demand (for the base scenario, or the one given with --scenario)."},
        footer = {"", "The chosen years are stored: a later run without --year uses them again (default: the latest LMA year).",
                "Change weights or the selection with 'kansenkaart clusters', export the tables with 'kansenkaart tables'."})
final class RunCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file")
    Path project;

    @Option(names = "--year", paramLabel = "YEAR", description = "an LMA year to analyse (repeat for several; figures are yearly means)")
    List<Integer> years = new ArrayList<>();

    @Option(names = "--steps", split = ",", paramLabel = "N", description = "the steps to run, e.g. 1,2 (default: all steps in this build)")
    List<Integer> steps = new ArrayList<>();

    @Option(names = "--scenario", paramLabel = "NAME", description = "the saved scenario step 3 runs (default: the base scenario); see 'scenario'")
    String scenario;

    @Override
    public Integer call() {
        List<AnalysisStep> toRun = new ArrayList<>();
        if (steps.isEmpty()) toRun.addAll(Steps.available());
        else
            for (int n : new TreeSet<>(steps))
                toRun.add(Steps.find(n).orElseThrow(() -> new KansenkaartException("step " + n + " is not part of this build; steps available: "
                        + Steps.available().stream().map(s -> Integer.toString(s.number())).toList())));
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectFile p = ProjectFile.open(project)) {
            AnalysisYears chosen = YearChoice.resolve(p, years);
            for (AnalysisStep step : toRun) {
                if (step.number() == 3 && scenario != null) step = new nl.kansenkaart.run.Step3Matching(scenario);
                long t0 = System.nanoTime();
                StepReport report = step.run(p, chosen);
                out.printf("step %d: %s (%s, %.1f s)%n", report.step(), report.title(), chosen.label(), (System.nanoTime() - t0) / 1e9);
                for (String line : report.lines()) out.println("  " + line);
                out.flush();
            }
        }
        return 0;
    }
}
