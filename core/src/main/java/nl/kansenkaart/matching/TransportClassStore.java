package nl.kansenkaart.matching;

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
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;

/** The project's transport classes (table match_transport_classes), in table order. */
public final class TransportClassStore {

    private final ProjectFile project;

    public TransportClassStore(ProjectFile project) {
        this.project = project;
    }

    public TransportClassTable read() {
        List<TransportClass> out = new ArrayList<>();
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT class_id, material, unit, scale, max_haul_km, value_eur, transport_eur_per_km,"
                     + " today_r, source FROM " + Tables.MATCH_TRANSPORT + " ORDER BY fid")) {
            while (rs.next()) {
                String id = rs.getString(1);
                try {
                    out.add(new TransportClass(id, MaterialSelector.parse(rs.getString(2)), QuantityUnit.valueOf(rs.getString(3)),
                            ScaleLevel.parse(rs.getString(4)), rs.getDouble(5), rs.getObject(6) == null ? null : rs.getDouble(6),
                            rs.getDouble(7), rs.getString(8) == null ? null : RLevel.valueOf(rs.getString(8)), rs.getString(9)));
                } catch (IllegalArgumentException e) {
                    throw new KansenkaartException("project " + project.path().getFileName() + ", transport class " + id
                            + " is invalid (edited outside Kansenkaart?): " + e.getMessage() + "; fix it or run 'rules PROJECT reset --transport'");
                }
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read " + Tables.MATCH_TRANSPORT + ": " + e.getMessage(), e);
        }
        return new TransportClassTable(out);
    }

    public void replace(TransportClassTable classes) {
        project.transaction(c -> {
            replace(c, classes);
            return null;
        });
    }

    static void replace(Connection c, TransportClassTable classes) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM " + Tables.MATCH_TRANSPORT);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + Tables.MATCH_TRANSPORT + " (class_id, material, unit, scale,"
                + " max_haul_km, value_eur, transport_eur_per_km, today_r, source) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (TransportClass t : classes.classes()) {
                ps.setString(1, t.id());
                ps.setString(2, t.material().toString());
                ps.setString(3, t.unit().name());
                ps.setString(4, t.scale().name());
                ps.setDouble(5, t.maxHaulKm());
                if (t.valueEur() == null) ps.setNull(6, Types.REAL);
                else ps.setDouble(6, t.valueEur());
                ps.setDouble(7, t.transportEurPerKm());
                ps.setString(8, t.todayR() == null ? null : t.todayR().name());
                ps.setString(9, t.source());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
