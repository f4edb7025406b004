package nl.kansenkaart.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.matching.CompatibilityRule;
import nl.kansenkaart.matching.RuleStore;
import nl.kansenkaart.matching.RuleTable;
import nl.kansenkaart.matching.TransportClass;
import nl.kansenkaart.matching.TransportClassStore;
import nl.kansenkaart.matching.TransportClassTable;
import nl.kansenkaart.project.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"The project's compatibility rules (or, with --transport, its transport classes) for step 3.",
                "  rules PROJECT list           print them",
                "  rules PROJECT export FILE    write them as CSV to edit in a spreadsheet",
                "  rules PROJECT import FILE    replace them (a bad row rejects the whole file)",
                "  rules PROJECT reset          back to the documented defaults",
                "Import reads ',' or ';' separated CSV, UTF-8 or Windows-1252, decimal point or comma."})
final class RulesCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file")
    Path project;

    @Parameters(index = "1", paramLabel = "ACTION", description = "list, export, import or reset")
    String action;

    @Parameters(index = "2", arity = "0..1", paramLabel = "FILE", description = "CSV file (export, import)")
    Path file;

    @Option(names = "--transport", description = "the transport classes (scale, haul distance, value, cost) instead of the rules")
    boolean transport;

    @Option(names = "--force", description = "export: overwrite an existing file")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String what = transport ? "transport classes" : "rules";
        try (ProjectFile p = ProjectFile.open(project)) {
            switch (action.toLowerCase(Locale.ROOT)) {
                case "list" -> list(p, out);
                case "export" -> {
                    Path f = needFile();
                    if (Files.exists(f) && !force) throw new KansenkaartException(f + " already exists; use --force to overwrite");
                    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                        if (transport) new TransportClassStore(p).read().write(w);
                        else new RuleStore(p).read().write(w);
                    }
                    out.printf("exported %d %s to %s%n", count(p), what, f);
                }
                case "import" -> {
                    Path f = needFile();
                    if (!Files.isRegularFile(f)) throw new KansenkaartException("file " + f + " does not exist");
                    if (transport) new TransportClassStore(p).replace(TransportClassTable.read(f));
                    else new RuleStore(p).replace(RuleTable.read(f));
                    out.printf("imported %d %s from %s; they apply from the next 'match' run%n", count(p), what, f);
                }
                case "reset" -> {
                    if (transport) new TransportClassStore(p).replace(TransportClassTable.defaults());
                    else new RuleStore(p).replace(RuleTable.defaults());
                    out.printf("reset to the %d default %s%n", count(p), what);
                }
                default -> throw new KansenkaartException("unknown action '" + action + "'; use list, export, import or reset");
            }
        }
        return 0;
    }

    private Path needFile() {
        if (file == null) throw new KansenkaartException("'rules " + action + "' needs a FILE");
        return file;
    }

    private int count(ProjectFile p) {
        return transport ? new TransportClassStore(p).read().classes().size() : new RuleStore(p).read().size();
    }

    private void list(ProjectFile p, PrintWriter out) {
        if (transport) {
            out.printf("%-22s %-5s %-15s %8s %10s %10s  %s%n", "class", "unit", "scale", "max km", "value EUR", "EUR/km", "material");
            for (TransportClass c : new TransportClassStore(p).read().classes())
                out.printf(Locale.ROOT, "%-22s %-5s %-15s %8.0f %10s %10.2f  %s%n", c.id(), c.unit().symbol(), c.scale().en(), c.maxHaulKm(),
                        c.valueEur() == null ? "?" : String.format(Locale.ROOT, "%.2f", c.valueEur()), c.transportEurPerKm(), c.material());
            return;
        }
        for (CompatibilityRule r : new RuleStore(p).read().rules())
            out.printf("%-28s %-3s %s%s -> %s%n", r.id(), r.rLevel().name(), r.supply(), r.hazardousAllowed() ? " (hazardous allowed)" : "",
                    r.demand());
    }
}
