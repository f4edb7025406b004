package nl.kansenkaart.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.kansenkaart.project.GeoPackage;
import nl.kansenkaart.project.ImportLog;
import nl.kansenkaart.project.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "info", mixinStandardHelpOptions = true, description = "Show a project's layers, row counts and imports.")
final class InfoCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file")
    Path project;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectFile p = ProjectFile.open(project)) {
            out.printf("project  %s%n", p.name());
            out.printf("file     %s%n", p.path());
            out.printf("schema   %d%n", p.schemaVersion());
            String region = p.meta("region");
            if (region != null) out.printf("region   %s%n", region);
            out.println("layers:");
            for (GeoPackage.Layer l : p.layers())
                out.printf(Locale.ROOT, "  %-24s %-11s %-16s %,10d rows%n", l.table(), l.dataType(),
                        l.geometryType() == null ? "" : l.geometryType(), p.count(l.table()));
            var imports = new ImportLog(p).all();
            if (!imports.isEmpty()) {
                out.println("imports:");
                for (ImportLog.Entry e : imports)
                    out.printf(Locale.ROOT, "  #%d %-10s %s read=%d accepted=%d rejected=%d%s%n", e.id(), e.kind(), e.fileName(),
                            e.rowsRead(), e.accepted(), e.rejected(), e.kg() == null ? "" : String.format(Locale.ROOT, " kg=%.3f", e.kg()));
            }
        }
        return 0;
    }
}
