package nl.kansenkaart.run;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.clusters.ClusterLevel;
import nl.kansenkaart.clusters.ClusterStore;
import nl.kansenkaart.clusters.StoredCluster;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.StepTables;
import nl.kansenkaart.resources.Step2Store;
import nl.kansenkaart.sankey.ClusterSankey;
import nl.kansenkaart.sankey.SankeyDiagram;
import nl.kansenkaart.sankey.SankeyLink;
import nl.kansenkaart.sankey.SankeyNode;

/**
 * Writes the tables of steps 1 and 2 as CSV (comma, UTF-8, '.' decimals, header row) for the
 * analyst's own spreadsheets: results and the input tables they were computed with. These are not
 * workshop material: a cluster of one or two establishments shows their figures. A notice file
 * says so in the folder; workshop outputs come from {@code export}, under disclosure control.
 */
public final class TableExport {

    private TableExport() {}

    /** Writes all tables into {@code dir} (created if needed); returns the files written. */
    public static List<Path> writeAll(ProjectFile project, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new KansenkaartException("cannot create folder " + dir + ": " + e.getMessage(), e);
        }
        Map<String, String> queries = new LinkedHashMap<>();
        String criteria = "cluster_key, sector_cluster, level, area_code, name, theme, establishments, jobs, economic_value_eur,"
                + " value_known, raw_materials_t, residues_t, residues_measured_t, residues_estimated_t, balassa, balassa_basis,"
                + " measured_share, precise_share, pc4_share, not_located";
        queries.put("cluster_ranking.csv", "SELECT rank, score, selected, selection_reason, low_hanging_fruit, " + criteria
                + ", years, run_at FROM " + StepTables.CLUSTERS + " WHERE level = 'SECTOR' ORDER BY rank IS NULL, rank, fid");
        queries.put("clusters.csv", "SELECT " + criteria + ", years FROM " + StepTables.CLUSTERS + " ORDER BY fid");
        queries.put("cluster_materials.csv", "SELECT cluster_id, role, direction, activity, material, material_name, material_group,"
                + " state, hazardous, method_code, r_level, amount, unit, quality, actors, records, source, years FROM "
                + StepTables.CLUSTER_MATERIALS + " ORDER BY fid");
        queries.put("cluster_balances.csv", "SELECT * FROM " + StepTables.CLUSTER_BALANCES + " ORDER BY fid");
        queries.put("own_flows_checklist.csv", "SELECT * FROM " + StepTables.CHECKLIST + " ORDER BY fid");
        queries.put("input_sector_clusters.csv", "SELECT * FROM " + StepTables.SECTOR_CLUSTERS + " ORDER BY fid");
        queries.put("input_sbi_clusters.csv", "SELECT * FROM " + StepTables.SBI_CLUSTERS + " ORDER BY fid");
        queries.put("input_national_jobs.csv", "SELECT * FROM " + StepTables.NATIONAL_JOBS + " ORDER BY fid");
        queries.put("input_key_figures.csv", "SELECT * FROM " + StepTables.KEY_FIGURES + " ORDER BY fid");
        queries.put("selection_overrides.csv", "SELECT * FROM " + StepTables.SELECTION_OVERRIDES + " ORDER BY fid");
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> q : queries.entrySet()) {
            Path file = dir.resolve(q.getKey());
            write(project, q.getValue(), file);
            written.add(file);
        }
        written.addAll(writeSankeys(project, dir));
        written.add(writeNotice(dir));
        return written;
    }

    static final String NOTICE = "VERTROUWELIJK / CONFIDENTIAL\n\n"
            + "Deze tabellen bevatten cijfers van afzonderlijke bedrijven (banen, omzet, tonnen). Ze zijn bedoeld voor\n"
            + "het eigen werk van de analist, niet voor workshops of publicatie. Gebruik voor workshops\n"
            + "'kansenkaart export': die past de geheimhoudingsregels toe (minstens 3 bedrijven, geen bedrijf > 50%).\n\n"
            + "These tables contain figures of individual companies (jobs, turnover, tonnes). They are the analyst's\n"
            + "working copy, not for workshops or publication. For workshops use 'kansenkaart export', which applies\n"
            + "disclosure control (at least 3 companies, none above 50%).\n";

    private static Path writeNotice(Path dir) {
        Path p = dir.resolve("VERTROUWELIJK-CONFIDENTIAL.txt");
        try {
            Files.writeString(p, NOTICE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KansenkaartException("cannot write " + p + ": " + e.getMessage(), e);
        }
        return p;
    }

    /** One query to one CSV file; the fid column of input tables is left out. */
    static void write(ProjectFile project, String sql, Path file) {
        try (Statement st = project.connection().createStatement(); ResultSet rs = st.executeQuery(sql);
             Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             ICSVWriter csv = new CSVWriter(w, ',', '"', '"', "\n")) {
            ResultSetMetaData md = rs.getMetaData();
            List<Integer> cols = new ArrayList<>();
            List<String> header = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                if (md.getColumnName(i).equals("fid")) continue;
                cols.add(i);
                header.add(md.getColumnName(i));
            }
            csv.writeNext(header.toArray(new String[0]), false);
            while (rs.next()) {
                String[] row = new String[cols.size()];
                for (int k = 0; k < cols.size(); k++) row[k] = text(rs.getObject(cols.get(k)));
                csv.writeNext(row, false);
            }
        } catch (SQLException | IOException e) {
            throw new KansenkaartException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> writeSankeys(ProjectFile project, Path dir) {
        Path nodes = dir.resolve("sankey_nodes.csv");
        Path links = dir.resolve("sankey_links.csv");
        try (ICSVWriter n = new CSVWriter(Files.newBufferedWriter(nodes, StandardCharsets.UTF_8), ',', '"', '"', "\n");
             ICSVWriter l = new CSVWriter(Files.newBufferedWriter(links, StandardCharsets.UTF_8), ',', '"', '"', "\n")) {
            n.writeNext(new String[] {"cluster_id", "node_id", "label", "kind"}, false);
            l.writeNext(new String[] {"cluster_id", "source", "target", "value", "unit", "quality"}, false);
            for (StoredCluster s : ClusterStore.read(project, ClusterLevel.SECTOR)) {
                if (!s.selected()) continue;
                SankeyDiagram d = ClusterSankey.build(s.name(), Step2Store.materials(project, s.sectorClusterId()));
                for (SankeyNode node : d.nodes())
                    n.writeNext(new String[] {s.sectorClusterId(), node.id(), node.label(), node.kind().name()}, false);
                for (SankeyLink link : d.links())
                    l.writeNext(new String[] {s.sectorClusterId(), link.source(), link.target(), text(link.value()), link.unit(),
                            link.quality().name()}, false);
            }
        } catch (IOException e) {
            throw new KansenkaartException("cannot write Sankey tables in " + dir + ": " + e.getMessage(), e);
        }
        return List.of(nodes, links);
    }

    /** Numbers with '.' and at most 6 decimals, no exponent; text as is; null as empty. */
    static String text(Object v) {
        if (v == null) return "";
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return new BigDecimal(d).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }
}
