package nl.kansenkaart.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.clusters.ClusterLevel;
import nl.kansenkaart.clusters.CompanyTotals;
import nl.kansenkaart.disclosure.CellRef;
import nl.kansenkaart.disclosure.Disclosed;
import nl.kansenkaart.disclosure.DisclosureLedger;
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
 * <p>Totals and their parts are declared as additive groups, so that secondary suppression keeps a
 * withheld figure from being worked out by subtraction: a cluster's jobs and value are the sum of
 * its establishments' (companies table); a sector cluster's figures the sum of its municipality,
 * density and business-park clusters plus the establishments in none of them (not published, but
 * derivable); its residues and raw materials the sum of its material rows.
 */
public final class ClusterWorkshopTables {

    /** The figures of the clusters table, each a sum over the cluster's establishments. */
    private static final List<String> FIGURES = List.of("jobs", "economic_value_eur", "residues_t", "raw_materials_t");

    private final ProjectFile project;
    private final DisclosureLedger ledger;
    private final boolean english;

    private final Map<String, List<String>> members = new HashMap<>();
    private final Map<String, Double> jobs = new HashMap<>();
    private final Map<String, Double> value = new HashMap<>();
    private final Map<String, Double> residues = new HashMap<>();
    private final Map<String, Double> rawMaterials = new HashMap<>();
    private final Map<String, String> activity = new HashMap<>();
    private Map<String, List<FlowLine>> lines = Map.of();

    /** @param english the notes on withheld figures in English (else Dutch) */
    public ClusterWorkshopTables(ProjectFile project, DisclosureLedger ledger, boolean english) {
        this.english = english;
        this.project = project;
        this.ledger = ledger;
        load();
    }

    /** A figure of the clusters table. */
    public static CellRef clusterFigure(String clusterKey, String column) {
        return new CellRef("clusters", clusterKey, column);
    }

    /** A row of a cluster's material table, named by what step 2 sums it by (the flow diagrams sum the same rows). */
    public static CellRef materialRow(String clusterId, String role, String direction, String activity, String material, String method,
                               String quality, String unit) {
        return new CellRef("cluster_materials", String.join("|", clusterId, role, direction, activity, material,
                method == null ? "-" : method, quality, unit), "amount");
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

    private Map<String, Double> figureOf(String column) {
        return switch (column) {
            case "jobs" -> jobs;
            case "economic_value_eur" -> value;
            case "residues_t" -> residues;
            default -> rawMaterials;
        };
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
        // sector cluster -> its own key, and per level the keys of its sub-clusters
        Map<String, String> sectorKey = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> subClusters = new LinkedHashMap<>();
        try (Statement st = project.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String key = rs.getString(2);
                List<String> m = members.getOrDefault(key, List.of());
                // A value of 0 with no member's value known is "unknown", not zero.
                Double knownValue = rs.getLong(20) > 0 ? num(rs, 13) : null;
                Double[] totals = {num(rs, 12), knownValue, num(rs, 14), num(rs, 15)};
                List<CellRef> figures = new ArrayList<>();
                Object[] shown = new Object[4];
                for (int f = 0; f < 4; f++) {
                    CellRef r = figure(clusterFigure(key, FIGURES.get(f)), totals[f], parts(m, figureOf(FIGURES.get(f))));
                    if (r != null) figures.add(r);
                    shown[f] = r == null ? null : DisclosedCells.value(r, totals[f]);
                }
                // The Balassa index is computed from the jobs, the score from all four figures.
                Object balassa = computed(key, "balassa", num(rs, 16), totals[0] == null ? List.of() : List.of(clusterFigure(key, "jobs")));
                Object score = computed(key, "score", num(rs, 17), figures);
                byte[] g = rs.getBytes(1);
                t.add(g == null ? null : GpkgGeometry.decode(g, RdNew.FACTORY), key, rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7) == null ? null : rs.getLong(7), rs.getLong(8), rs.getString(9), rs.getLong(10),
                        rs.getLong(11), shown[0], shown[1], shown[2], shown[3], balassa, score, num(rs, 18), num(rs, 19),
                        DisclosedCells.anyWithheld(figures, WorkshopTables.CONFIDENTIAL + " (some figures)", null));
                String level = rs.getString(4), sector = rs.getString(3);
                if (ClusterLevel.SECTOR.name().equals(level)) sectorKey.put(sector, key);
                else subClusters.computeIfAbsent(sector, k -> new LinkedHashMap<>()).computeIfAbsent(level, k -> new ArrayList<>()).add(key);
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read clusters: " + e.getMessage(), e);
        }
        declareEstablishmentGroups();
        declareLevelGroups(sectorKey, subClusters);
        return t;
    }

    /** A cluster's jobs and value are the sum of its establishments' own figures, which the companies table has. */
    private void declareEstablishmentGroups() {
        for (Map.Entry<String, List<String>> e : members.entrySet())
            for (String column : List.of("jobs", "economic_value_eur")) {
                CellRef total = clusterFigure(e.getKey(), column);
                if (!ledger.has(total)) continue;
                List<CellRef> parts = new ArrayList<>();
                for (String ref : e.getValue()) {
                    CellRef own = WorkshopTables.companyFigure(ref, column);
                    if (ledger.has(own)) parts.add(own);
                }
                if (!parts.isEmpty()) ledger.group(total, parts);
            }
    }

    /**
     * A sector cluster's figure is the sum of its clusters at one level (municipalities, dense groups,
     * business parks) and of its establishments in none of them: that rest is not published, but the
     * sector minus the rows gives it, so it is declared as an unpublished part.
     */
    private void declareLevelGroups(Map<String, String> sectorKey, Map<String, Map<String, List<String>>> subClusters) {
        for (Map.Entry<String, String> s : sectorKey.entrySet()) {
            Map<String, List<String>> byLevel = subClusters.getOrDefault(s.getKey(), Map.of());
            for (Map.Entry<String, List<String>> level : byLevel.entrySet()) {
                Set<String> covered = new HashSet<>();
                for (String sub : level.getValue()) covered.addAll(members.getOrDefault(sub, List.of()));
                List<String> rest = new ArrayList<>();
                for (String ref : members.getOrDefault(s.getValue(), List.of())) if (!covered.contains(ref)) rest.add(ref);
                for (String column : FIGURES) {
                    CellRef total = clusterFigure(s.getValue(), column);
                    if (!ledger.has(total)) continue;
                    List<CellRef> parts = new ArrayList<>();
                    for (String sub : level.getValue()) if (ledger.has(clusterFigure(sub, column))) parts.add(clusterFigure(sub, column));
                    Map<String, Double> restParts = parts(rest, figureOf(column));
                    if (!restParts.isEmpty()) {
                        CellRef r = clusterFigure(s.getValue() + " (establishments in no " + level.getKey().toLowerCase(java.util.Locale.ROOT)
                                + " cluster)", column);
                        ledger.unpublished(r, restParts.values().stream().mapToDouble(Double::doubleValue).sum(), List.of(restParts));
                        parts.add(r);
                    }
                    if (!parts.isEmpty()) ledger.group(total, parts);
                }
            }
        }
    }

    /** A figure computed from others: shown only when they are; as is when it has no inputs (or is unknown). */
    private Object computed(String key, String column, Double v, List<CellRef> inputs) {
        if (v == null || inputs.isEmpty()) return v;
        CellRef r = clusterFigure(key, column);
        ledger.computed(r, v, null, false, inputs);
        return DisclosedCells.value(r, v);
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
        // cluster -> the rows that make up its residues (residues and by-products) and its raw materials (intake and demand), in tonnes
        Map<String, List<CellRef>> residueRows = new LinkedHashMap<>(), rawRows = new LinkedHashMap<>();
        try (Statement st = project.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String cluster = rs.getString(2), role = rs.getString(3);
                List<String> m = members.getOrDefault(cluster, List.of());
                // The members' flow lines that step 2 summed into this row (same role, activity, material, method, quality).
                Map<String, Double> p = new LinkedHashMap<>();
                for (String ref : m) {
                    if (!Objects.equals(activity.get(ref), rs.getString(17))) continue;
                    for (FlowLine l : lines.getOrDefault(ref, List.of())) {
                        if (l.role().name().equals(role) && l.direction().name().equals(rs.getString(4))
                                && l.material().toString().equals(rs.getString(5))
                                && Objects.equals(l.methodCode(), rs.getString(10))
                                && l.quality().name().equals(rs.getString(14)) && l.unit().name().equals(rs.getString(13)))
                            p.merge(ref, l.amount(), Double::sum);
                    }
                }
                CellRef r = materialRow(cluster, role, rs.getString(4), rs.getString(17), rs.getString(5), rs.getString(10),
                        rs.getString(14), rs.getString(13));
                figure(r, rs.getDouble(12), p);
                if ("TONNE".equals(rs.getString(13))) {
                    if (role.equals("RESIDUE") || role.equals("BYPRODUCT")) residueRows.computeIfAbsent(cluster, k -> new ArrayList<>()).add(r);
                    if (role.equals("INTAKE") || role.equals("DEMAND")) rawRows.computeIfAbsent(cluster, k -> new ArrayList<>()).add(r);
                }
                t.add(null, cluster, role, rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getLong(9), rs.getString(10), rs.getString(11), DisclosedCells.value(r, rs.getDouble(12)),
                        rs.getString(13), rs.getString(14), rs.getLong(15), rs.getString(16), DisclosedCells.reason(r, english));
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read cluster materials: " + e.getMessage(), e);
        }
        // A cluster's residues and raw materials (step 1) are the sums of these rows (step 2 counts the same flow lines).
        residueRows.forEach((cluster, rows) -> groupIfShown(clusterFigure(cluster, "residues_t"), rows));
        rawRows.forEach((cluster, rows) -> groupIfShown(clusterFigure(cluster, "raw_materials_t"), rows));
        return t;
    }

    private void groupIfShown(CellRef total, List<CellRef> parts) {
        if (ledger.has(total)) ledger.group(total, parts);
    }

    /**
     * Declares a figure with its parts; null when the figure is unknown. A non-zero figure whose
     * parts do not add up to it cannot be checked, so it is withheld.
     */
    private CellRef figure(CellRef ref, Double total, Map<String, Double> parts) {
        if (total == null) return null;
        double sum = parts.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total != 0 && Math.abs(sum - total) > 0.01 * Math.abs(total) + 1e-6) {
            ledger.add(ref, total, null, Disclosed.suppressed(parts.size(), "no per-company breakdown to check it against"));
        } else {
            Disclosed d = ledger.control().disclose(parts);
            ledger.add(ref, total, List.of(parts), d.isSuppressed() ? d : Disclosed.shown(total, d.contributors()));
        }
        return ref;
    }

    private static Map<String, Double> parts(List<String> members, Map<String, Double> figure) {
        Map<String, Double> p = new LinkedHashMap<>();
        for (String ref : members) {
            Double v = figure.get(ref);
            if (v != null && v != 0) p.put(ref, v);
        }
        return p;
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
