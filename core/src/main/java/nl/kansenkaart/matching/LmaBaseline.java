package nl.kansenkaart.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.codes.LmaMethods;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;

/**
 * Today's processing per EURAL code from the project's LMA records: the R-level (via the LMA
 * processing method) that carries the most kilograms; ties go to the better level. Storage and
 * transfer say nothing about the final route and are left out.
 */
final class LmaBaseline {

    private LmaBaseline() {}

    static TodayProcessing read(ProjectFile project) {
        Map<String, Map<RLevel, Double>> kg = new HashMap<>();
        try (Statement st = project.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT eural, method_code, sum(weight_kg) FROM " + Tables.LMA_RECORDS
                     + " WHERE method_known = 1 AND method_code IS NOT NULL GROUP BY eural, method_code")) {
            while (rs.next()) {
                RLevel r = LmaMethods.get().lookup(rs.getString(2)).map(m -> m.rLevel()).orElse(RLevel.UNKNOWN);
                if (r == RLevel.UNKNOWN) continue;
                kg.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).merge(r, rs.getDouble(3), Double::sum);
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read " + Tables.LMA_RECORDS + ": " + e.getMessage(), e);
        }
        Map<String, RLevel> dominant = new HashMap<>();
        kg.forEach((code, byLevel) -> {
            RLevel best = null;
            double bestKg = -1;
            for (RLevel r : RLevel.values()) {
                Double v = byLevel.get(r);
                if (v != null && v > bestKg) {
                    best = r;
                    bestKg = v;
                }
            }
            dominant.put(code, best);
        });
        return new TodayProcessing(dominant);
    }
}
