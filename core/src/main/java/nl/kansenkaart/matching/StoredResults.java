package nl.kansenkaart.matching;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.project.GpkgGeometry;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;

/**
 * Reads what step 3 stored for a scenario besides the matches ({@link StoredMatches}): the unmatched
 * supply and unmet demand, and the take-and-bring balance per stakeholder. Empty before step 3.
 */
public final class StoredResults {

    private StoredResults() {}

    /** Unmatched supply and unmet demand of a scenario, largest left-over first within each unit. */
    public static List<StoredUnmatched> unmatched(ProjectFile project, String scenario) {
        List<StoredUnmatched> out = new ArrayList<>();
        try (PreparedStatement ps = project.connection().prepareStatement("SELECT geom, actor_ref, actor_name, direction, material,"
                + " material_name, amount, left_amount, unit, reason, detail FROM " + Tables.MATCH_UNMATCHED
                + " WHERE scenario = ? ORDER BY unit DESC, left_amount DESC, fid")) {
            ps.setString(1, scenario);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] g = rs.getBytes(1);
                    double[] e = g == null ? null : GpkgGeometry.envelope(g);
                    out.add(new StoredUnmatched(rs.getString(2), rs.getString(3),
                            rs.getString(4).equals("supply") ? FlowDirection.SUPPLY : FlowDirection.DEMAND, MaterialKey.parse(rs.getString(5)),
                            rs.getString(6), rs.getDouble(7), rs.getDouble(8), rs.getString(9), reason(rs.getString(10)), rs.getString(11),
                            e == null ? Double.NaN : e[0], e == null ? Double.NaN : e[2]));
                }
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read " + Tables.MATCH_UNMATCHED + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The take-and-bring balance of a scenario, most matched first (as step 3 stored it). */
    public static List<StakeholderBalance> balances(ProjectFile project, String scenario) {
        List<StakeholderBalance> out = new ArrayList<>();
        try (PreparedStatement ps = project.connection().prepareStatement("SELECT actor_ref, actor_name, offered_t, brings_t, wanted_t,"
                + " takes_t, offered_gj, brings_gj, wanted_gj, takes_gj, partners, materials_brought, materials_taken FROM "
                + Tables.MATCH_BALANCE + " WHERE scenario = ? ORDER BY fid")) {
            ps.setString(1, scenario);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.add(new StakeholderBalance(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
                            rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9), rs.getDouble(10), rs.getInt(11),
                            rs.getString(12), rs.getString(13)));
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read " + Tables.MATCH_BALANCE + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static UnmatchedReason reason(String name) {
        try {
            return UnmatchedReason.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return UnmatchedReason.NO_PARTNER_IN_RANGE;
        }
    }
}
