package nl.kansenkaart.clusters;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.project.GeoPackage;
import nl.kansenkaart.project.GpkgGeometry;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.StepTables;

/** The clusters layer of step 1 ({@code step1_clusters}) and its members. */
public final class ClusterStore {

    private static final String COLUMNS = "cluster_key, sector_cluster, level, area_code, name, theme, establishments, jobs,"
            + " economic_value_eur, value_known, raw_materials_t, residues_t, residues_measured_t, residues_estimated_t, balassa,"
            + " balassa_basis, measured_share, precise_share, pc4_share, not_located, score, rank, low_hanging_fruit, selected,"
            + " selection_reason, years";

    private ClusterStore() {}

    /** Replaces all clusters and members inside the caller's transaction. */
    public static void replace(Connection c, List<Cluster> clusters, Map<String, ClusterCriteria> criteria,
                               Map<String, RankedCluster> ranking, String years, String runAt) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM " + StepTables.CLUSTERS);
            st.executeUpdate("DELETE FROM " + StepTables.CLUSTER_MEMBERS);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + StepTables.CLUSTERS + " (geom, " + COLUMNS
                + ", run_at) VALUES (?" + ",?".repeat(27) + ")");
             PreparedStatement members = c.prepareStatement("INSERT INTO " + StepTables.CLUSTER_MEMBERS
                     + " (cluster_key, company_ref) VALUES (?,?)")) {
            for (Cluster cl : clusters) {
                ClusterCriteria k = criteria.get(cl.key());
                RankedCluster r = cl.level() == ClusterLevel.SECTOR ? ranking.get(cl.sector().id()) : null;
                int i = 1;
                ps.setBytes(i++, cl.geometry() == null ? null : GpkgGeometry.encode(cl.geometry(), RdNew.EPSG));
                ps.setString(i++, cl.key());
                ps.setString(i++, cl.sector().id());
                ps.setString(i++, cl.level().name());
                ps.setString(i++, cl.areaCode());
                ps.setString(i++, cl.name());
                ps.setString(i++, cl.sector().theme().name());
                ps.setInt(i++, k.establishments());
                ps.setDouble(i++, k.jobs());
                ps.setDouble(i++, k.economicValueEur());
                ps.setInt(i++, k.valueKnown());
                ps.setDouble(i++, k.rawMaterialsT());
                ps.setDouble(i++, k.residuesT());
                ps.setDouble(i++, k.residuesMeasuredT());
                ps.setDouble(i++, k.residuesEstimatedT());
                setDouble(ps, i++, k.balassa());
                ps.setString(i++, k.balassaBasis());
                setDouble(ps, i++, k.measuredShare());
                ps.setDouble(i++, k.preciseShare());
                ps.setDouble(i++, k.pc4Share());
                ps.setInt(i++, k.notLocated());
                setDouble(ps, i++, r == null ? null : r.score());
                if (r == null || r.rank() == null) ps.setNull(i++, Types.INTEGER);
                else ps.setInt(i++, r.rank());
                ps.setInt(i++, cl.sector().lowHangingFruit() ? 1 : 0);
                ps.setInt(i++, r != null && r.selected() ? 1 : 0);
                ps.setString(i++, r == null ? null : r.reason());
                ps.setString(i++, years);
                ps.setString(i, runAt);
                ps.addBatch();
                for (Company m : cl.members()) {
                    members.setString(1, cl.key());
                    members.setString(2, m.ref());
                    members.addBatch();
                }
            }
            ps.executeBatch();
            members.executeBatch();
        }
        new GeoPackage(c).touch(StepTables.CLUSTERS);
    }

    /** Stores a new ranking of the sector clusters (after a change of weights or overrides). */
    public static void updateRanking(Connection c, Map<String, RankedCluster> ranking) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + StepTables.CLUSTERS
                + " SET score = ?, rank = ?, selected = ?, selection_reason = ? WHERE level = 'SECTOR' AND sector_cluster = ?")) {
            for (RankedCluster r : ranking.values()) {
                ps.setDouble(1, r.score());
                if (r.rank() == null) ps.setNull(2, Types.INTEGER);
                else ps.setInt(2, r.rank());
                ps.setInt(3, r.selected() ? 1 : 0);
                ps.setString(4, r.reason());
                ps.setString(5, r.clusterId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.REAL);
        else ps.setDouble(i, v);
    }

    /** Stored clusters of one level (all levels when null), sector clusters in ranking order. */
    public static List<StoredCluster> read(ProjectFile project, ClusterLevel level) {
        String sql = "SELECT " + COLUMNS + " FROM " + StepTables.CLUSTERS + (level == null ? "" : " WHERE level = ?")
                + " ORDER BY rank IS NULL, rank, fid";
        List<StoredCluster> out = new ArrayList<>();
        try (PreparedStatement ps = project.connection().prepareStatement(sql)) {
            if (level != null) ps.setString(1, level.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ClusterCriteria k = new ClusterCriteria(rs.getInt("establishments"), rs.getDouble("jobs"),
                            rs.getDouble("economic_value_eur"), rs.getInt("value_known"), rs.getDouble("raw_materials_t"),
                            rs.getDouble("residues_measured_t"), rs.getDouble("residues_estimated_t"), number(rs, "balassa"),
                            rs.getString("balassa_basis"), number(rs, "measured_share"), rs.getDouble("precise_share"),
                            rs.getDouble("pc4_share"), rs.getInt("not_located"));
                    out.add(new StoredCluster(rs.getString("cluster_key"), rs.getString("sector_cluster"),
                            ClusterLevel.valueOf(rs.getString("level")), rs.getString("area_code"), rs.getString("name"),
                            rs.getString("theme"), k, rs.getInt("low_hanging_fruit") == 1, number(rs, "score"),
                            rs.getObject("rank") == null ? null : rs.getInt("rank"), rs.getInt("selected") == 1,
                            rs.getString("selection_reason"), rs.getString("years")));
                }
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read " + StepTables.CLUSTERS + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static Double number(ResultSet rs, String col) throws SQLException {
        Object v = rs.getObject(col);
        return v == null ? null : ((Number) v).doubleValue();
    }

    /** The refs of the establishments of a cluster. */
    public static List<String> members(ProjectFile project, String clusterKey) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = project.connection().prepareStatement("SELECT company_ref FROM " + StepTables.CLUSTER_MEMBERS
                + " WHERE cluster_key = ? ORDER BY company_ref")) {
            ps.setString(1, clusterKey);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read cluster members: " + e.getMessage(), e);
        }
        return out;
    }
}
