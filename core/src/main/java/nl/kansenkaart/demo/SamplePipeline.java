package nl.kansenkaart.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.geo.Regions;
import nl.kansenkaart.io.ImportKind;
import nl.kansenkaart.io.ImportOptions;
import nl.kansenkaart.io.ImportProgress;
import nl.kansenkaart.io.ImportResult;
import nl.kansenkaart.io.Importers;
import nl.kansenkaart.io.RejectReport;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.RegionSetup;
import nl.kansenkaart.resources.YearChoice;
import nl.kansenkaart.run.Steps;
import nl.kansenkaart.sample.SampleFiles;
import nl.kansenkaart.sample.SampleGenerator;
import nl.kansenkaart.steps.AnalysisStep;
import nl.kansenkaart.steps.AnalysisYears;
import nl.kansenkaart.steps.StepReport;

/**
 * Builds the sample project the way an analyst would: the seeded sample files (identical to
 * {@code data-samples/noord-holland}), a project for the region, the company register and the LMA
 * extract imported with reports, then steps 1 to 3. The project file exists from the first moment
 * and every stage is its own transaction, so an interrupted build leaves an openable project
 * holding the stages completed so far; the meta key {@value #COMPLETE} marks a finished build.
 */
public final class SamplePipeline {

    public static final String COMPLETE = "sample_complete";

    /** What was built and where. */
    public record Result(Path project, Path inputs, List<Path> reports, List<String> lines) {}

    private SamplePipeline() {}

    /**
     * @param project the project file to build (replaced if it exists)
     * @param work    folder for the generated inputs and the import reports
     */
    public static Result build(Path project, Path work, PrintWriter log) {
        try {
            Files.createDirectories(work);
            Files.deleteIfExists(project);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + work + ": " + e.getMessage(), e);
        }
        List<String> lines = new ArrayList<>();
        Path inputs = work.resolve("sample-data");
        SampleFiles files = new SampleGenerator(SampleGenerator.DEFAULT_SEED).generate(inputs, SampleGenerator.DEFAULT_LMA_ROWS);
        say(log, lines, "sample data (synthetic companies and LMA extract on real geography): " + inputs);
        List<Path> reports = new ArrayList<>();
        try (ProjectFile p = ProjectFile.create(project, "Voorbeeld Noord-Holland (synthetisch)")) {
            RegionSetup.seed(p, Regions.find(SampleProject.REGION).orElseThrow());
            say(log, lines, "project " + project + " for region " + SampleProject.REGION);
            reports.add(importFile(p, ImportKind.COMPANIES, files.companies(), work, log, lines));
            reports.add(importFile(p, ImportKind.LMA, files.lmaExtract(), work, log, lines));
            AnalysisYears years = YearChoice.resolve(p, List.of());
            for (AnalysisStep step : Steps.available()) {
                StepReport r = step.run(p, years);
                say(log, lines, "step " + r.step() + ": " + r.title());
                for (String l : r.lines()) say(log, lines, "  " + l);
            }
            p.setMeta(COMPLETE, "true");
        }
        return new Result(project, inputs, reports, lines);
    }

    private static Path importFile(ProjectFile p, ImportKind kind, Path file, Path work, PrintWriter log, List<String> lines) {
        Path report = work.resolve(file.getFileName() + ".report.csv");
        ImportResult r;
        try (RejectReport rejects = new RejectReport(report)) {
            r = Importers.forKind(kind).importFile(p, file, ImportOptions.DEFAULT, rejects, ImportProgress.NONE);
        }
        say(log, lines, "import " + kind.key() + " " + file.getFileName() + ": " + r.summaryLine()
                + (r.rejected() > 0 ? " (rejected rows: " + report + ")" : ""));
        return report;
    }

    private static void say(PrintWriter log, List<String> lines, String line) {
        lines.add(line);
        if (log != null) {
            log.println(line);
            log.flush();
        }
    }
}
