package nl.kansenkaart.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.disclosure.CellRef;
import nl.kansenkaart.disclosure.DisclosureControl;
import nl.kansenkaart.disclosure.DisclosureLedger;
import nl.kansenkaart.disclosure.DisclosurePolicy;
import nl.kansenkaart.disclosure.SuppressionLog;
import nl.kansenkaart.matching.ScenarioStore;
import nl.kansenkaart.model.AreaLevel;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.render.LayerStack;
import nl.kansenkaart.render.MapRenderer;
import nl.kansenkaart.render.MapText;
import nl.kansenkaart.render.MapViewport;
import nl.kansenkaart.render.ProjectLayers;
import nl.kansenkaart.render.RenderOptions;

/**
 * Writes a project's workshop package into a folder: a GeoPackage with the disclosed layers,
 * one CSV per table, the map and the flow diagrams (each analysed cluster's residues, each
 * scenario's matched flows) as PNG/SVG/PDF, the suppression log and a README that states the
 * disclosure policy used. Material names and explanations follow the package's language.
 * <p>All tables and diagrams are declared in one {@link DisclosureLedger} and settled together, so
 * secondary suppression sees totals and parts across tables; the diagrams are declared whatever
 * the formats, so a table shows the same in every package.
 */
public final class WorkshopExport {

    /** Output formats. */
    public enum Format { GPKG, CSV, PNG, SVG, PDF }

    /**
     * What was written.
     *
     * @param withheld the cells withheld by disclosure control (as in disclosure-log.csv: where, never the value)
     */
    public record Result(List<Path> files, int tables, int suppressedCells, List<SuppressionLog.Entry> withheld) {}

    private final ProjectFile project;
    private final DisclosurePolicy policy;

    public WorkshopExport(ProjectFile project, DisclosurePolicy policy) {
        this.project = project;
        this.policy = policy;
    }

    public Result write(Path outDir, Set<Format> formats, int mapWidth, int mapHeight, boolean english) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new KansenkaartException("cannot create " + outDir + ": " + e.getMessage(), e);
        }
        MapText text = MapText.of(english ? Locale.ENGLISH : MapText.DUTCH);
        Contents c = contents(english);
        List<ExportTable> tables = c.tables();
        List<Path> written = new ArrayList<>();
        if (formats.contains(Format.GPKG)) {
            Path gpkg = outDir.resolve("kansenkaart-workshop.gpkg");
            GeoPackageWriter.write(gpkg, tables);
            written.add(gpkg);
        }
        if (formats.contains(Format.CSV)) {
            for (ExportTable t : tables) {
                Path csv = outDir.resolve(t.name() + ".csv");
                CsvWriter.write(csv, t);
                written.add(csv);
            }
        }
        boolean images = formats.contains(Format.PNG) || formats.contains(Format.SVG) || formats.contains(Format.PDF);
        if (images) {
            // Match widths show amounts only where the matches table shows them (both companies consented, nothing to protect).
            LayerStack layers = ProjectLayers.load(project, m -> {
                CellRef amount = MatchWorkshopTables.matchAmount(ScenarioStore.BASE, m.matchId());
                return c.ledger().has(amount) && c.ledger().shown(amount);
            });
            MapRenderer renderer = new MapRenderer(layers, RenderOptions.print(text));
            MapViewport vp = MapViewport.fit(layers.regionExtent(), mapWidth, mapHeight, 24);
            if (formats.contains(Format.PNG)) written.add(map(outDir, "png", p -> MapImages.png(p, renderer, vp, 2.0)));
            if (formats.contains(Format.SVG)) written.add(map(outDir, "svg", p -> MapImages.svg(p, renderer, vp)));
            if (formats.contains(Format.PDF)) written.add(map(outDir, "pdf", p -> MapImages.pdf(p, renderer, vp)));
            // The flow diagrams, through the same painter as on screen, every band through disclosure control.
            for (Map.Entry<String, SankeyDisclosure.Result> s : c.diagrams().entrySet())
                written.addAll(sankey(outDir, s.getKey(), s.getValue(), formats, mapWidth, mapHeight, text));
        }
        // Diagrams not drawn in this package leave nothing to list.
        List<SuppressionLog.Entry> withheld = c.withheld().stream().filter(e -> images || !c.diagrams().containsKey(e.table())).toList();
        written.add(writeLog(outDir, withheld));
        written.add(writeReadme(outDir, tables, withheld.size(), written));
        return new Result(written, tables.size(), withheld.size(), withheld);
    }

    /**
     * What a workshop package holds, settled by disclosure control, before any format is written.
     *
     * @param diagrams the flow diagrams by file name (without extension), as they are drawn
     * @param ledger   every figure's final verdict
     * @param withheld every withheld cell, diagrams included
     */
    public record Contents(List<ExportTable> tables, Map<String, SankeyDisclosure.Result> diagrams, DisclosureLedger ledger,
                           List<SuppressionLog.Entry> withheld) {}

    /** Builds all tables and diagrams and settles them together (the same whatever formats are written). */
    public Contents contents(boolean english) {
        SuppressionLog log = new SuppressionLog();
        DisclosureLedger ledger = new DisclosureLedger(new DisclosureControl(policy), log);
        MapText text = MapText.of(english ? Locale.ENGLISH : MapText.DUTCH);
        List<ExportTable> tables = tables(ledger, english);
        List<String> scenarios = new MatchWorkshopTables(project, ledger, english).scenarios();
        List<WorkshopSankeys.Named> declared = new WorkshopSankeys(project, ledger, text).all(scenarios);
        ledger.resolve();
        for (ExportTable t : tables) t.settle(ledger);
        tables.removeIf(t -> t.rows().isEmpty());
        Map<String, SankeyDisclosure.Result> diagrams = new LinkedHashMap<>();
        for (WorkshopSankeys.Named d : declared) diagrams.put(d.fileName(), d.declared().finish());
        return new Contents(tables, diagrams, ledger, log.entries());
    }

    private static List<Path> sankey(Path dir, String fileName, SankeyDisclosure.Result disclosed, Set<Format> formats, int w, int h,
                                     MapText text) {
        var painter = disclosed.painter(text);
        List<Path> out = new ArrayList<>();
        if (formats.contains(Format.PNG)) out.add(drawing(dir.resolve(fileName + ".png"), p -> Drawings.png(p, w, h, 2.0, g -> painter.draw(g, w, h))));
        if (formats.contains(Format.SVG)) out.add(drawing(dir.resolve(fileName + ".svg"), p -> Drawings.svg(p, w, h, g -> painter.draw(g, w, h))));
        if (formats.contains(Format.PDF)) out.add(drawing(dir.resolve(fileName + ".pdf"), p -> Drawings.pdf(p, w, h, g -> painter.draw(g, w, h))));
        return out;
    }

    private static Path drawing(Path file, Writer w) {
        w.write(file);
        return file;
    }

    /**
     * All tables of the workshop package, declared in the ledger (settled after {@link DisclosureLedger#resolve()});
     * explanations in the package's language. The scenario indicators are built before the tables that
     * sum into them, so those can name their cells; the package keeps the usual order.
     */
    List<ExportTable> tables(DisclosureLedger ledger, boolean english) {
        WorkshopTables base = new WorkshopTables(project, ledger, english);
        List<ExportTable> tables = new ArrayList<>();
        tables.add(base.areas(AreaLevel.REGION, "study_region", "Studiegebied"));
        tables.add(base.areas(AreaLevel.MUNICIPALITY, "municipalities", "Gemeenten"));
        tables.add(base.areas(AreaLevel.BUSINESS_PARK, "business_parks", "Bedrijventerreinen"));
        tables.add(base.companies());
        tables.add(base.lmaByMunicipality());
        ClusterWorkshopTables clusters = new ClusterWorkshopTables(project, ledger, english);
        tables.add(clusters.clusters());
        tables.add(clusters.clusterMaterials());
        MatchWorkshopTables matches = new MatchWorkshopTables(project, ledger, english);
        ExportTable indicators = matches.indicators();
        tables.add(matches.matches());
        tables.add(matches.unmatched());
        tables.add(matches.takeAndBring());
        tables.add(indicators);
        return tables;
    }

    private interface Writer {
        void write(Path p);
    }

    private static Path map(Path dir, String ext, Writer w) {
        Path p = dir.resolve("kaart." + ext);
        w.write(p);
        return p;
    }

    private static Path writeLog(Path dir, List<SuppressionLog.Entry> withheld) {
        Path p = dir.resolve("disclosure-log.csv");
        StringBuilder sb = new StringBuilder("\uFEFFtable;row;column;contributors;reason\r\n");
        for (SuppressionLog.Entry e : withheld)
            sb.append(CsvWriter.field(e.table())).append(';').append(CsvWriter.field(e.row())).append(';')
                    .append(CsvWriter.field(e.column())).append(';').append(e.contributors()).append(';')
                    .append(CsvWriter.field(e.reason())).append("\r\n");
        try {
            Files.writeString(p, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KansenkaartException("cannot write " + p + ": " + e.getMessage(), e);
        }
        return p;
    }

    private Path writeReadme(Path dir, List<ExportTable> tables, int withheld, List<Path> written) {
        Path p = dir.resolve("README.txt");
        StringBuilder sb = new StringBuilder();
        sb.append("Kansenkaart workshop export of project '").append(project.name()).append("'\n\n");
        sb.append("Disclosure control (company figures are confidential):\n");
        sb.append(String.format(Locale.ROOT, "- a figure is shown only if at least %d companies contribute and none makes up more than %d%%%n",
                policy.minContributors(), Math.round(policy.maxDominantShare() * 100)));
        sb.append(policy.allowAll() ? "- the analyst allowed ALL company figures to be shown\n"
                : "- single-company figures only for companies that consented: " + policy.consenting().size() + "\n");
        sb.append("- a figure that would give a withheld one away by subtraction (a total minus its shown parts) is withheld too\n");
        sb.append("- withheld cells: ").append(withheld).append(" (listed, without values, in disclosure-log.csv)\n\n");
        sb.append("Tables (GeoPackage layers and CSV files; coordinates in RD New, EPSG:28992):\n");
        for (ExportTable t : tables) sb.append("- ").append(t.name()).append(": ").append(t.title()).append(" (")
                .append(t.rows().size()).append(" rows)\n");
        List<String> diagrams = written.stream().map(f -> f.getFileName().toString()).filter(n -> n.startsWith("sankey-")).toList();
        if (!diagrams.isEmpty()) {
            sb.append("\nFlow diagrams (Sankey; a band whose value is confidential is grey and dashed, its width not to scale):\n");
            for (String n : diagrams) sb.append("- ").append(n).append('\n');
        }
        try {
            Files.writeString(p, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KansenkaartException("cannot write " + p + ": " + e.getMessage(), e);
        }
        return p;
    }
}
