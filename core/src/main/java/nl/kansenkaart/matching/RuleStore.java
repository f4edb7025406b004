package nl.kansenkaart.matching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;

/** The project's compatibility rules (table match_rules), in table order. */
public final class RuleStore {

    private final ProjectFile project;

    public RuleStore(ProjectFile project) {
        this.project = project;
    }

    public RuleTable read() {
        List<CompatibilityRule> out = new ArrayList<>();
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT rule_id, supply, demand, r_level, hazardous_allowed, lma_method, substitution,"
                     + " quality_note, rationale FROM " + Tables.MATCH_RULES + " ORDER BY fid")) {
            while (rs.next()) {
                String id = rs.getString(1);
                try {
                    out.add(new CompatibilityRule(id, MaterialSelector.parse(rs.getString(2)), MaterialSelector.parse(rs.getString(3)),
                            RuleTable.rLevel(rs.getString(4)), rs.getInt(5) == 1, rs.getString(6), rs.getDouble(7),
                            rs.getString(8), rs.getString(9)));
                } catch (IllegalArgumentException e) {
                    throw new KansenkaartException("project " + project.path().getFileName() + ", rule " + id + " in " + Tables.MATCH_RULES
                            + " is invalid (edited outside Kansenkaart?): " + e.getMessage() + "; fix it or run 'rules PROJECT reset'");
                }
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read " + Tables.MATCH_RULES + ": " + e.getMessage(), e);
        }
        return new RuleTable(out);
    }

    /** Replaces all rules in one transaction. */
    public void replace(RuleTable rules) {
        project.transaction(c -> {
            replace(c, rules);
            return null;
        });
    }

    static void replace(Connection c, RuleTable rules) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM " + Tables.MATCH_RULES);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.MATCH_RULES + " (rule_id, supply, demand, r_level,"
                + " hazardous_allowed, lma_method, substitution, quality_note, rationale) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (CompatibilityRule r : rules.rules()) {
                ps.setString(1, r.id());
                ps.setString(2, r.supply().toString());
                ps.setString(3, r.demand().toString());
                ps.setString(4, r.rLevel().name());
                ps.setInt(5, r.hazardousAllowed() ? 1 : 0);
                ps.setString(6, r.lmaMethod());
                ps.setDouble(7, r.substitution());
                ps.setString(8, r.qualityNote());
                ps.setString(9, r.rationale());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
