package nl.kansenkaart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import nl.kansenkaart.demo.SamplePipeline;
import nl.kansenkaart.disclosure.DisclosurePolicy;
import nl.kansenkaart.export.WorkshopExport;
import nl.kansenkaart.project.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The main job without a screen, on the bundled sample region (Noord-Holland):",
                "generate the sample files, create a project, import the company register and the LMA extract,",
                "run steps 1-3 and write the workshop export (under disclosure control)."})
final class DemoCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "kansenkaart-demo",
            description = "folder to write into (default: ${DEFAULT-VALUE}); its project file is replaced")
    Path out;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        Path project = out.resolve("sample-noord-holland.kansenkaart");
        SamplePipeline.build(project, out, o);
        try (ProjectFile p = ProjectFile.open(project)) {
            WorkshopExport.Result r = new WorkshopExport(p, DisclosurePolicy.DEFAULT)
                    .write(out.resolve("workshop"), EnumSet.allOf(WorkshopExport.Format.class), 1600, 1000, false);
            o.printf("workshop export: %d tables, %d files in %s (%d cells withheld by disclosure control)%n", r.tables(),
                    r.files().size(), out.resolve("workshop").toAbsolutePath(), r.suppressedCells());
        }
        o.printf("project: %s (open it with './kansenkaart gui %s' or in QGIS)%n", project.toAbsolutePath(), project);
        return 0;
    }
}
