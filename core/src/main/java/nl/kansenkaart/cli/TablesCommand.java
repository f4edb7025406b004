package nl.kansenkaart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.run.InputTables;
import nl.kansenkaart.run.TableExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tables", mixinStandardHelpOptions = true,
        description = {"Export the tables of steps 1 and 2 as CSV, or replace an input table with the analyst's own.",
                "Export: cluster_ranking, clusters, cluster_materials, cluster_balances, own_flows_checklist, sankey_nodes/links,"
                        + " selection_overrides and the input tables (input_*.csv).",
                "Input tables: " + "sector_clusters, sbi_clusters, national_jobs, key_figures; run the steps again afterwards.",
                "The exported tables are the analyst's working copy and CONTAIN CONFIDENTIAL COMPANY FIGURES;",
                "for workshops use 'kansenkaart export', which applies disclosure control."})
final class TablesCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file")
    Path project;

    @Option(names = "--out", paramLabel = "DIR", description = "write the CSV files into this folder")
    Path out;

    @Option(names = "--import", paramLabel = "NAME=FILE", description = "replace an input table from a CSV file (as exported)")
    Map<String, Path> imports = new LinkedHashMap<>();

    @Option(names = "--reset", paramLabel = "NAME", description = "restore the shipped default of an input table")
    List<String> resets = new ArrayList<>();

    @Override
    public Integer call() {
        if (out == null && imports.isEmpty() && resets.isEmpty())
            throw new KansenkaartException("nothing to do: give --out DIR, --import NAME=FILE or --reset NAME");
        PrintWriter pw = spec.commandLine().getOut();
        try (ProjectFile p = ProjectFile.open(project)) {
            for (String name : resets) pw.printf("%s: restored the shipped default (%d rows)%n", name, InputTables.reset(p, name));
            for (Map.Entry<String, Path> e : imports.entrySet())
                pw.printf("%s: %d rows from %s%n", e.getKey(), InputTables.importFile(p, e.getKey(), e.getValue()), e.getValue());
            if (out != null) {
                List<Path> files = TableExport.writeAll(p, out);
                pw.printf("wrote %d tables to %s%n", files.size(), out.toAbsolutePath());
            }
        }
        return 0;
    }
}
