package nl.kansenkaart.resources;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.MaterialFlow;
import nl.kansenkaart.model.MaterialGroup;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.PhysicalState;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.project.MaterialFlowStore;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.StepTables;

/** The results of step 2 in the project: material tables, balances, checklist, LMA links and candidate flows. */
public final class Step2Store {

    private static final String MATERIAL_COLUMNS = "cluster_id, role, direction, activity, material, material_name, material_group,"
            + " state, hazardous, method_code, r_level, amount, unit, quality, actors, records, source, years";

    private Step2Store() {}

    /** Replaces all results of step 2 inside the caller's transaction. */
    public static void replace(Connection c, List<ClusterMaterialRow> materials, List<MaterialBalance> balances,
                               List<OwnFlowsChecklist.Result> checklist, List<LmaLinks.Summary> links, List<MaterialFlow> candidates,
                               String years, String runAt) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String t : List.of(StepTables.CLUSTER_MATERIALS, StepTables.CLUSTER_BALANCES, StepTables.CHECKLIST, StepTables.LMA_LINKS))
                st.executeUpdate("DELETE FROM " + t);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + StepTables.CLUSTER_MATERIALS + " (" + MATERIAL_COLUMNS
                + ") VALUES (?" + ",?".repeat(17) + ")")) {
            for (ClusterMaterialRow r : materials) {
                int i = 1;
                ps.setString(i++, r.clusterId());
                ps.setString(i++, r.role().name());
                ps.setString(i++, r.direction().name());
                ps.setString(i++, r.activity());
                ps.setString(i++, r.material().toString());
                ps.setString(i++, r.materialName());
                ps.setString(i++, r.group() == null ? null : r.group().name());
                ps.setString(i++, r.state() == null ? null : r.state().name());
                ps.setInt(i++, r.hazardous() ? 1 : 0);
                ps.setString(i++, r.methodCode());
                ps.setString(i++, r.rLevel() == null ? null : r.rLevel().name());
                ps.setDouble(i++, r.amount());
                ps.setString(i++, r.unit().name());
                ps.setString(i++, r.quality().name());
                ps.setInt(i++, r.actors());
                ps.setLong(i++, r.records());
                ps.setString(i++, r.source());
                ps.setString(i, r.years());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + StepTables.CLUSTER_BALANCES + " (cluster_id, name,"
                + " establishments, inputs_measured_t, inputs_estimated_t, residues_measured_t, residues_estimated_t, byproducts_t,"
                + " heat_supply_gj, heat_demand_gj, route_collected_t, recycled_t, energy_recovery_t, disposal_t, unknown_route_t,"
                + " route_not_known_t, measured_share, precise_share, pc4_share, lma_records, lma_precise_share, years, run_at)"
                + " VALUES (?" + ",?".repeat(22) + ")")) {
            for (MaterialBalance b : balances) {
                int i = 1;
                ps.setString(i++, b.clusterId());
                ps.setString(i++, b.name());
                ps.setInt(i++, b.establishments());
                for (double d : new double[] {b.inputsMeasuredT(), b.inputsEstimatedT(), b.residuesMeasuredT(), b.residuesEstimatedT(),
                        b.byproductsT(), b.heatSupplyGj(), b.heatDemandGj(), b.routeCollectedT(), b.recycledT(), b.energyRecoveryT(),
                        b.disposalT(), b.unknownRouteT(), b.routeNotKnownT()})
                    ps.setDouble(i++, d);
                setDouble(ps, i++, b.measuredShare());
                ps.setDouble(i++, b.preciseShare());
                ps.setDouble(i++, b.pc4Share());
                ps.setLong(i++, b.lmaRecords());
                setDouble(ps, i++, b.lmaPreciseShare());
                ps.setString(i++, years);
                ps.setString(i, runAt);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + StepTables.CHECKLIST + " (item, cluster_id, direction,"
                + " materials, item_nl, item_en, status, amount_t, amount_gj, measured_share, actors) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            for (OwnFlowsChecklist.Result r : checklist) {
                OwnFlowItem it = r.item();
                ps.setString(1, it.item());
                ps.setString(2, it.clusterId());
                ps.setString(3, it.direction().name());
                ps.setString(4, String.join("|", it.materials()));
                ps.setString(5, it.itemNl());
                ps.setString(6, it.itemEn());
                ps.setString(7, r.status().name());
                ps.setDouble(8, r.tonnes());
                ps.setDouble(9, r.gigajoules());
                setDouble(ps, 10, r.measuredShare());
                ps.setInt(11, r.actors());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + StepTables.LMA_LINKS
                + " (company_ref, role, link_method, records, tonnes, years) VALUES (?,?,?,?,?,?)")) {
            for (LmaLinks.Summary s : links) {
                ps.setString(1, s.companyRef());
                ps.setString(2, s.role().name());
                ps.setString(3, s.method());
                ps.setLong(4, s.records());
                ps.setDouble(5, s.tonnes());
                ps.setString(6, years);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        MaterialFlowStore.replace(c, CandidateFlows.ORIGIN, candidates);
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.REAL);
        else ps.setDouble(i, v);
    }

    /** The stored material rows of one cluster (all clusters when null). */
    public static List<ClusterMaterialRow> materials(ProjectFile project, String clusterId) {
        List<ClusterMaterialRow> out = new ArrayList<>();
        String sql = "SELECT " + MATERIAL_COLUMNS + " FROM " + StepTables.CLUSTER_MATERIALS
                + (clusterId == null ? "" : " WHERE cluster_id = ?") + " ORDER BY fid";
        try (PreparedStatement ps = project.connection().prepareStatement(sql)) {
            if (clusterId != null) ps.setString(1, clusterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String group = rs.getString("material_group"), state = rs.getString("state"), r = rs.getString("r_level");
                    out.add(new ClusterMaterialRow(rs.getString("cluster_id"), FlowRole.valueOf(rs.getString("role")),
                            FlowDirection.valueOf(rs.getString("direction")), rs.getString("activity"),
                            MaterialKey.parse(rs.getString("material")), rs.getString("material_name"),
                            group == null ? null : MaterialGroup.valueOf(group), state == null ? null : PhysicalState.valueOf(state),
                            rs.getInt("hazardous") == 1, rs.getString("method_code"), r == null ? null : RLevel.valueOf(r),
                            rs.getDouble("amount"), QuantityUnit.valueOf(rs.getString("unit")), DataQuality.valueOf(rs.getString("quality")),
                            rs.getInt("actors"), rs.getLong("records"), rs.getString("source"), rs.getString("years")));
                }
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read " + StepTables.CLUSTER_MATERIALS + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The stored material balances of the selected clusters, in the order step 2 wrote them. */
    public static List<MaterialBalance> balances(ProjectFile project) {
        List<MaterialBalance> out = new ArrayList<>();
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + StepTables.CLUSTER_BALANCES + " ORDER BY fid")) {
            while (rs.next())
                out.add(new MaterialBalance(rs.getString("cluster_id"), rs.getString("name"), rs.getInt("establishments"),
                        rs.getDouble("inputs_measured_t"), rs.getDouble("inputs_estimated_t"), rs.getDouble("residues_measured_t"),
                        rs.getDouble("residues_estimated_t"), rs.getDouble("byproducts_t"), rs.getDouble("heat_supply_gj"),
                        rs.getDouble("heat_demand_gj"), rs.getDouble("route_collected_t"), rs.getDouble("recycled_t"),
                        rs.getDouble("energy_recovery_t"), rs.getDouble("disposal_t"), rs.getDouble("unknown_route_t"),
                        rs.getDouble("route_not_known_t"), number(rs, "measured_share"), rs.getDouble("precise_share"),
                        rs.getDouble("pc4_share"), rs.getLong("lma_records"), number(rs, "lma_precise_share")));
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read " + StepTables.CLUSTER_BALANCES + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The stored checklist of the governments' own flows, in the order of the shipped list. */
    public static List<OwnFlowsChecklist.Result> checklist(ProjectFile project) {
        List<OwnFlowsChecklist.Result> out = new ArrayList<>();
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + StepTables.CHECKLIST + " ORDER BY fid")) {
            while (rs.next()) {
                OwnFlowItem item = new OwnFlowItem(rs.getString("item"), rs.getString("cluster_id"),
                        FlowDirection.valueOf(rs.getString("direction")), List.of(rs.getString("materials").split("\\|")),
                        rs.getString("item_nl"), rs.getString("item_en"));
                out.add(new OwnFlowsChecklist.Result(item, OwnFlowStatus.valueOf(rs.getString("status")), rs.getDouble("amount_t"),
                        rs.getDouble("amount_gj"), number(rs, "measured_share"), rs.getInt("actors")));
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read " + StepTables.CHECKLIST + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        Object v = rs.getObject(column);
        return v == null ? null : ((Number) v).doubleValue();
    }
}
