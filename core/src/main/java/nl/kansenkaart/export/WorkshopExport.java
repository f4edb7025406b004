package nl.kansenkaart.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.disclosure.DisclosureControl;
import nl.kansenkaart.disclosure.DisclosurePolicy;
import nl.kansenkaart.disclosure.SuppressionLog;
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
        SuppressionLog log = new SuppressionLog();
        DisclosureControl control = new DisclosureControl(policy);
        MapText text = MapText.of(english ? Locale.ENGLISH : MapText.DUTCH);
        List<ExportTable> tables = tables(control, log, english);
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
        if (formats.contains(Format.PNG) || formats.contains(Format.SVG) || formats.contains(Format.PDF)) {
            // Match widths show amounts only where both companies consented, as in the matches table.
            LayerStack layers = ProjectLayers.load(project,
                    m -> policy.consented(m.supplyRef()) && policy.consented(m.demandRef()));
            MapRenderer renderer = new MapRenderer(layers, RenderOptions.print(text));
            MapViewport vp = MapViewport.fit(layers.regionExtent(), mapWidth, mapHeight, 24);
            if (formats.contains(Format.PNG)) written.add(map(outDir, "png", p -> MapImages.png(p, renderer, vp, 2.0)));
            if (formats.contains(Format.SVG)) written.add(map(outDir, "svg", p -> MapImages.svg(p, renderer, vp)));
            if (formats.contains(Format.PDF)) written.add(map(outDir, "pdf", p -> MapImages.pdf(p, renderer, vp)));
            // The flow diagrams, through the same painter as on screen, every band through disclosure control.
            List<String> scenarios = new MatchWorkshopTables(project, control, log, english).scenarios();
            for (WorkshopSankeys.Named s : new WorkshopSankeys(project, control, log, text).all(scenarios))
                written.addAll(sankey(outDir, s, formats, mapWidth, mapHeight, text));
        }
        written.add(writeLog(outDir, log));
        written.add(writeReadme(outDir, tables, log, written));
        return new Result(written, tables.size(), log.size(), log.entries());
    }

    private static List<Path> sankey(Path dir, WorkshopSankeys.Named s, Set<Format> formats, int w, int h, MapText text) {
        var painter = s.disclosed().painter(text);
        List<Path> out = new ArrayList<>();
        if (formats.contains(Format.PNG)) out.add(drawing(dir.resolve(s.fileName() + ".png"), p -> Drawings.png(p, w, h, 2.0, g -> painter.draw(g, w, h))));
        if (formats.contains(Format.SVG)) out.add(drawing(dir.resolve(s.fileName() + ".svg"), p -> Drawings.svg(p, w, h, g -> painter.draw(g, w, h))));
        if (formats.contains(Format.PDF)) out.add(drawing(dir.resolve(s.fileName() + ".pdf"), p -> Drawings.pdf(p, w, h, g -> painter.draw(g, w, h))));
        return out;
    }

    private static Path drawing(Path file, Writer w) {
        w.write(file);
        return file;
    }

    /** All tables of the workshop package, each already through disclosure control; explanations in the package's language. */
    List<ExportTable> tables(DisclosureControl control, SuppressionLog log, boolean english) {
        WorkshopTables base = new WorkshopTables(project, control, log);
        List<ExportTable> tables = new ArrayList<>();
        tables.add(base.areas(AreaLevel.REGION, "study_region", "Studiegebied"));
        tables.add(base.areas(AreaLevel.MUNICIPALITY, "municipalities", "Gemeenten"));
        tables.add(base.areas(AreaLevel.BUSINESS_PARK, "business_parks", "Bedrijventerreinen"));
        tables.add(base.companies());
        tables.add(base.lmaByMunicipality());
        ClusterWorkshopTables clusters = new ClusterWorkshopTables(project, control, log);
        tables.add(clusters.clusters());
        tables.add(clusters.clusterMaterials());
        MatchWorkshopTables matches = new MatchWorkshopTables(project, control, log, english);
        tables.add(matches.matches());
        tables.add(matches.unmatched());
        tables.add(matches.takeAndBring());
        tables.add(matches.indicators());
        tables.removeIf(t -> t.rows().isEmpty());
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

    private static Path writeLog(Path dir, SuppressionLog log) {
        Path p = dir.resolve("disclosure-log.csv");
        StringBuilder sb = new StringBuilder("\uFEFFtable;row;column;contributors;reason\r\n");
        for (SuppressionLog.Entry e : log.entries())
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

    private Path writeReadme(Path dir, List<ExportTable> tables, SuppressionLog log, List<Path> written) {
        Path p = dir.resolve("README.txt");
        StringBuilder sb = new StringBuilder();
        sb.append("Kansenkaart workshop export of project '").append(project.name()).append("'\n\n");
        sb.append("Disclosure control (company figures are confidential):\n");
        sb.append(String.format(Locale.ROOT, "- a figure is shown only if at least %d companies contribute and none makes up more than %d%%%n",
                policy.minContributors(), Math.round(policy.maxDominantShare() * 100)));
        sb.append(policy.allowAll() ? "- the analyst allowed ALL company figures to be shown\n"
                : "- single-company figures only for companies that consented: " + policy.consenting().size() + "\n");
        sb.append("- withheld cells: ").append(log.size()).append(" (listed, without values, in disclosure-log.csv)\n\n");
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
