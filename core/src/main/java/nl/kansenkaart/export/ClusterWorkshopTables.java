package nl.kansenkaart.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.disclosure.Disclosed;
import nl.kansenkaart.disclosure.DisclosureControl;
import nl.kansenkaart.clusters.CompanyTotals;
import nl.kansenkaart.disclosure.SuppressionLog;
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.project.GpkgGeometry;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.StepTables;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.resources.ClusterMaterials;
import nl.kansenkaart.resources.FlowLine;
import nl.kansenkaart.run.CompanyParts;

/**
 * Workshop tables of steps 1 and 2. A cluster's figures are sums over its establishments and pass
 * the threshold and dominance rules with each establishment's own part: jobs and value from the
 * register, tonnes as the steps count them per establishment ({@link CompanyParts}). A figure whose
 * parts do not add up to it (the data changed since the run) is withheld: an unverifiable figure is
 * not published. Rank, selection and theme are shown; the score, a blend of
 * the figures, only when all its inputs are.
 */
public final class ClusterWorkshopTables {

    private final ProjectFile project;
    private final DisclosureControl control;
    private final SuppressionLog log;

    private final Map<String, List<String>> members = new HashMap<>();
    private final Map<String, Double> jobs = new HashMap<>();
    private final Map<String, Double> value = new HashMap<>();
    private final Map<String, Double> residues = new HashMap<>();
    private final Map<String, Double> rawMaterials = new HashMap<>();
    private final Map<String, String> activity = new HashMap<>();
    private Map<String, List<FlowLine>> lines = Map.of();

    public ClusterWorkshopTables(ProjectFile project, DisclosureControl control, SuppressionLog log) {
        this.project = project;
        this.control = control;
        this.log = log;
        load();
    }

    private void load() {
        query("SELECT cluster_key, company_ref FROM " + StepTables.CLUSTER_MEMBERS,
                rs -> members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        if (members.isEmpty()) return; // steps not run: no cluster tables
        CompanyParts parts = CompanyParts.read(project);
        for (Company c : parts.companies()) {
            if (c.jobs() != null) jobs.put(c.ref(), c.jobs().doubleValue());
            if (c.economicValueEur() != null) value.put(c.ref(), c.economicValueEur());
            activity.put(c.ref(), ClusterMaterials.activity(c.sbi()));
        }
        for (Map.Entry<String, CompanyTotals> e : parts.totals().entrySet()) {
            CompanyTotals t = e.getValue();
            residues.put(e.getKey(), t.residuesMeasured() + t.residuesEstimated());
            rawMaterials.put(e.getKey(), t.rawMaterialsMeasured() + t.rawMaterialsEstimated());
        }
        lines = parts.lines();
    }

    public ExportTable clusters() {
        ExportTable t = new ExportTable("clusters", "Bedrijvenclusters (stap 1)", "MULTIPOLYGON", List.of(
                ExportColumn.text("cluster_key"), ExportColumn.text("sector_cluster"), ExportColumn.text("level"),
                ExportColumn.text("name"), ExportColumn.text("theme"), ExportColumn.integer("rank"), ExportColumn.integer("selected"),
                ExportColumn.text("selection_reason"), ExportColumn.integer("low_hanging_fruit"), ExportColumn.integer("establishments"),
                ExportColumn.real("jobs"), ExportColumn.real("economic_value_eur"), ExportColumn.real("residues_t"),
                ExportColumn.real("raw_materials_t"), ExportColumn.real("balassa"), ExportColumn.real("score"),
                ExportColumn.real("measured_share"), ExportColumn.real("precise_share"), ExportColumn.text("note")));
        String sql = "SELECT geom, cluster_key, sector_cluster, level, name, theme, rank, selected, selection_reason, low_hanging_fruit,"
                + " establishments, jobs, economic_value_eur, residues_t, raw_materials_t, balassa, score, measured_share, precise_share,"
                + " value_known"
                + " FROM " + StepTables.CLUSTERS + " ORDER BY rank IS NULL, rank, fid";
        try (Statement st = project.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String key = rs.getString(2);
                List<String> m = members.getOrDefault(key, List.of());
                Disclosed dJobs = figure(t, key, "jobs", num(rs, 12), parts(m, jobs));
                // A value of 0 with no member's value known is "unknown", not zero.
                Double knownValue = rs.getLong(20) > 0 ? num(rs, 13) : null;
                Disclosed dValue = figure(t, key, "economic_value_eur", knownValue, parts(m, value));
                Disclosed dRes = figure(t, key, "residues_t", num(rs, 14), parts(m, residues));
                Disclosed dRaw = figure(t, key, "raw_materials_t", num(rs, 15), parts(m, rawMaterials));
                boolean anyWithheld = withheld(dJobs) || withheld(dValue) || withheld(dRes) || withheld(dRaw);
                Double balassa = withheld(dJobs) ? null : num(rs, 16);
                Double score = anyWithheld ? null : num(rs, 17);
                byte[] g = rs.getBytes(1);
                t.add(g == null ? null : GpkgGeometry.decode(g, RdNew.FACTORY), key, rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7) == null ? null : rs.getLong(7), rs.getLong(8), rs.getString(9), rs.getLong(10),
                        rs.getLong(11), value(dJobs), value(dValue), value(dRes), value(dRaw), balassa, score, num(rs, 18), num(rs, 19),
                        anyWithheld ? WorkshopTables.CONFIDENTIAL + " (some figures)" : null);
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read clusters: " + e.getMessage(), e);
        }
        return t;
    }

    /** Materials per selected cluster: the amount passes the rules with each member's part of that material. */
    public ExportTable clusterMaterials() {
        ExportTable t = new ExportTable("cluster_materials", "Grondstoffen en reststoffen per cluster (stap 2)", null, List.of(
                ExportColumn.text("cluster_id"), ExportColumn.text("role"), ExportColumn.text("direction"),
                ExportColumn.text("material"), ExportColumn.text("material_name"), ExportColumn.text("material_group"),
                ExportColumn.text("state"), ExportColumn.integer("hazardous"), ExportColumn.text("method_code"), ExportColumn.text("r_level"),
                ExportColumn.real("amount"), ExportColumn.text("unit"), ExportColumn.text("quality"), ExportColumn.integer("actors"),
                ExportColumn.text("source"), ExportColumn.text("note")));
        String sql = "SELECT fid, cluster_id, role, direction, material, material_name, material_group, state, hazardous, method_code,"
                + " r_level, amount, unit, quality, actors, source, activity FROM " + StepTables.CLUSTER_MATERIALS + " ORDER BY fid";
        try (Statement st = project.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                List<String> m = members.getOrDefault(rs.getString(2), List.of());
                // The members' flow lines that step 2 summed into this row (same role, activity, material, method, quality).
                Map<String, Double> p = new LinkedHashMap<>();
                for (String ref : m) {
                    if (!java.util.Objects.equals(activity.get(ref), rs.getString(17))) continue;
                    for (FlowLine l : lines.getOrDefault(ref, List.of())) {
                        if (l.role().name().equals(rs.getString(3)) && l.direction().name().equals(rs.getString(4))
                                && l.material().toString().equals(rs.getString(5))
                                && java.util.Objects.equals(l.methodCode(), rs.getString(10))
                                && l.quality().name().equals(rs.getString(14)) && l.unit().name().equals(rs.getString(13)))
                            p.merge(ref, l.amount(), Double::sum);
                    }
                }
                Disclosed d = figure(t, rs.getString(2) + "|" + rs.getLong(1), "amount", rs.getDouble(12), p);
                t.add(null, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getLong(9), rs.getString(10), rs.getString(11), value(d), rs.getString(13),
                        rs.getString(14), rs.getLong(15), rs.getString(16),
                        d.isSuppressed() ? WorkshopTables.CONFIDENTIAL + ": " + d.suppressionReason() : null);
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read cluster materials: " + e.getMessage(), e);
        }
        return t;
    }

    /**
     * A figure with its parts; null when the figure is unknown. A non-zero figure whose parts do
     * not add up to it cannot be checked, so it is withheld.
     */
    private Disclosed figure(ExportTable t, String row, String column, Double total, Map<String, Double> parts) {
        Disclosed d;
        if (total == null) return null;
        double sum = parts.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total != 0 && Math.abs(sum - total) > 0.01 * Math.abs(total) + 1e-6)
            d = Disclosed.suppressed(parts.size(), "no per-company breakdown to check it against");
        else d = control.disclose(parts);
        if (d.isSuppressed()) log.add(t.name(), row, column, d);
        else d = Disclosed.shown(total, d.contributors());
        return d;
    }

    private static Map<String, Double> parts(List<String> members, Map<String, Double> figure) {
        Map<String, Double> p = new LinkedHashMap<>();
        for (String ref : members) {
            Double v = figure.get(ref);
            if (v != null && v != 0) p.put(ref, v);
        }
        return p;
    }

    /** Null means the figure is unknown (nothing to withhold). */
    private static boolean withheld(Disclosed d) {
        return d != null && d.isSuppressed();
    }

    private static Double value(Disclosed d) {
        return d == null || d.isSuppressed() ? null : d.value();
    }

    private static Double num(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowHandler h) {
        try (Statement st = project.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) h.row(rs);
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read the step tables: " + e.getMessage(), e);
        }
    }

}
