package nl.kansenkaart.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.kansenkaart.io.ImportKind;
import nl.kansenkaart.io.ImportOptions;
import nl.kansenkaart.io.ImportResult;
import nl.kansenkaart.io.Importer;
import nl.kansenkaart.io.Importers;
import nl.kansenkaart.io.RejectReport;
import nl.kansenkaart.project.ProjectFile;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import PROJECT --lma F ...}: one file into a project. Prints exactly one summary line on
 * stdout; notes and the report's location go to stderr. The report of rejected rows is written
 * next to the project (not next to the input, which may be on a read-only or shared drive and
 * must not collect confidential copies): {@code <project folder>/<input file>.report.csv}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a file into a project: an LMA extract, a company register, boundaries or a geocoding table.",
                "Prints 'read=<n> accepted=<n> rejected=<n>' (plus 'kg=<kg>' for LMA) and writes the rejected rows to a report."})
final class ImportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file")
    Path project;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--lma", paramLabel = "FILE", description = "an LMA extract (.csv or .xlsx)")
        Path lma;
        @Option(names = "--companies", paramLabel = "FILE", description = "a company register (.csv or .xlsx)")
        Path companies;
        @Option(names = "--boundaries", paramLabel = "FILE", description = "boundaries (GeoJSON, GeoPackage, Shapefile)")
        Path boundaries;
        @Option(names = "--geocode-table", paramLabel = "FILE", description = "PC6 centroids or address points (.csv)")
        Path geocodeTable;

        ImportKind kind() {
            if (lma != null) return ImportKind.LMA;
            if (companies != null) return ImportKind.COMPANIES;
            if (boundaries != null) return ImportKind.BOUNDARIES;
            return ImportKind.GEOCODE_TABLE;
        }

        Path file() {
            return lma != null ? lma : companies != null ? companies : boundaries != null ? boundaries : geocodeTable;
        }
    }

    @Option(names = "--report", paramLabel = "FILE",
            description = "where to write the rejected rows (default: <project folder>/<input file>.report.csv)")
    Path reportFile;

    @Option(names = "--layer", paramLabel = "NAME",
            description = "with --boundaries: the layer to import into (municipalities, provinces, business_parks or a name"
                    + " for other areas; default: decided from the data)")
    String layer;

    @Option(names = "--replace", description = "if this file was imported before, replace that import")
    boolean replace;

    @Option(names = "--again", description = "import this file although it was imported before (doubles its figures)")
    boolean again;

    @Override
    public Integer call() throws IOException {
        if (replace && again)
            throw new CommandLine.ParameterException(spec.commandLine(), "use either --replace or --again, not both");
        ImportKind kind = source.kind();
        Path file = source.file();
        Importer importer = Importers.forKind(kind);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ProjectFile p = ProjectFile.open(project)) {
            Path report = reportFile != null ? reportFile : defaultReport(p.path(), file);
            ImportResult result;
            ConsoleProgress progress = new ConsoleProgress(err);
            try (RejectReport rejects = new RejectReport(report)) {
                result = importer.importFile(p, file, new ImportOptions(replace, again, layer), rejects, progress);
                progress.finish();
            } catch (RuntimeException e) {
                progress.finish();
                Files.deleteIfExists(report); // the import did not happen: no report of it
                throw e;
            }
            for (String note : result.notes()) err.println("note: " + note);
            err.println("report: " + report.toAbsolutePath() + " (" + result.rejected() + " rejected rows)");
            err.flush();
            out.println(result.summaryLine());
        }
        return 0;
    }

    static Path defaultReport(Path projectFile, Path input) {
        Path dir = projectFile.toAbsolutePath().getParent();
        String name = input.getFileName() + ".report.csv";
        return dir == null ? Path.of(name) : dir.resolve(name);
    }
}
