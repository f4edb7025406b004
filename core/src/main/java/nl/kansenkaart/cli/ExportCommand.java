package nl.kansenkaart.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.kansenkaart.disclosure.DisclosurePolicy;
import nl.kansenkaart.disclosure.DisclosureSettings;
import nl.kansenkaart.export.WorkshopExport;
import nl.kansenkaart.project.ProjectFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a workshop package: GeoPackage layers, CSV tables, the map and the flow diagrams (PNG, SVG, PDF).",
                "Company figures pass disclosure control (at least 3 companies, none over 50%%) unless consent is given."})
final class ExportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file")
    Path project;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into (created if needed)")
    Path out;

    @Option(names = "--formats", paramLabel = "LIST", split = ",", description = "any of gpkg,csv,png,svg,pdf (default: all)")
    Set<String> formats;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x1000", description = "map size in pixels/points (default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl",
            description = "language of the map, the flow diagrams, material names and match explanations (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--min-companies", paramLabel = "N",
            description = "threshold rule: a figure needs at least N companies (stored in the project; default 3)")
    Integer minCompanies;

    @Option(names = "--max-share", paramLabel = "PCT",
            description = "dominance rule: one company may make up at most PCT%% of a figure (stored in the project; default 50)")
    Integer maxShare;

    @Option(names = "--consent", paramLabel = "REF", split = ",",
            description = "companies (refs) that agreed to show their own figures; stored in the project")
    Set<String> consent;

    @Option(names = "--allow-company-figures", description = "show ALL company figures (explicit permission, stored in the project)")
    boolean allowAll;

    @Override
    public Integer call() {
        Set<WorkshopExport.Format> fmts = EnumSet.allOf(WorkshopExport.Format.class);
        if (formats != null) {
            fmts = EnumSet.noneOf(WorkshopExport.Format.class);
            for (String f : formats) {
                try {
                    fmts.add(WorkshopExport.Format.valueOf(f.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format '" + f + "' (use gpkg,csv,png,svg,pdf)");
                }
            }
        }
        String[] wh = size.toLowerCase(Locale.ROOT).split("x");
        int w, h;
        try {
            w = Integer.parseInt(wh[0]);
            h = Integer.parseInt(wh[1]);
        } catch (RuntimeException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--size must look like 1600x1000");
        }
        if (!lang.equals("nl") && !lang.equals("en"))
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang must be nl or en");
        try (ProjectFile p = ProjectFile.open(project)) {
            DisclosurePolicy policy = DisclosureSettings.load(p);
            if (consent != null || allowAll || minCompanies != null || maxShare != null) {
                java.util.Set<String> refs = new java.util.LinkedHashSet<>(policy.consenting());
                if (consent != null) refs.addAll(consent);
                try {
                    policy = new DisclosurePolicy(minCompanies != null ? minCompanies : policy.minContributors(),
                            maxShare != null ? maxShare / 100.0 : policy.maxDominantShare(), refs, policy.allowAll() || allowAll);
                } catch (IllegalArgumentException e) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "--min-companies must be at least 1 and --max-share between 1 and 100");
                }
                DisclosureSettings.save(p, policy);
            }
            WorkshopExport.Result r = new WorkshopExport(p, policy).write(out, fmts, w, h, lang.equals("en"));
            spec.commandLine().getOut().printf("exported %d tables and %d files to %s (%d cells withheld by disclosure control)%n",
                    r.tables(), r.files().size(), out.toAbsolutePath(), r.suppressedCells());
        }
        return 0;
    }
}
