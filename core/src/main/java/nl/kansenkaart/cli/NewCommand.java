package nl.kansenkaart.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.geo.Regions;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.RegionSetup;
import nl.kansenkaart.project.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a project file (a GeoPackage), optionally seeded with a study region's boundaries.")
final class NewCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file to create, e.g. regio.kansenkaart")
    Path project;

    @Option(names = "--region", paramLabel = "NAME",
            description = "a province (name or CBS code, e.g. Noord-Holland or PV27) or MRA; loads its municipalities")
    String region;

    @Option(names = "--name", paramLabel = "TEXT", description = "a display name (default: the file name)")
    String name;

    @Override
    public Integer call() {
        Regions.Region r = null;
        if (region != null) {
            r = Regions.find(region).orElseThrow(() -> new KansenkaartException(
                    "unknown region '" + region + "'; known: " + String.join(", ", Regions.names())));
        }
        Path file = project.getFileName().toString().contains(".") ? project : Path.of(project + ProjectFile.EXTENSION);
        try (ProjectFile p = ProjectFile.create(file, name)) {
            if (r != null) RegionSetup.seed(p, r);
            spec.commandLine().getOut().printf("created %s%s%n", p.path(),
                    r == null ? "" : " with region " + r.name() + " (" + p.count(Tables.MUNICIPALITIES) + " municipalities)");
        }
        return 0;
    }
}
