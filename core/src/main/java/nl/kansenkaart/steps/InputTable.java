package nl.kansenkaart.steps;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.codes.CsvResource;
import nl.kansenkaart.io.tabular.CsvTableReader;
import nl.kansenkaart.io.tabular.TableRow;

/**
 * Reads and writes the editable input tables of the steps (SBI clusters, national jobs, key figures)
 * as rows of named columns: from the shipped CSV resource, from the project, or from an analyst's
 * CSV file. The project table has the same column names as the CSV, plus its {@code fid}.
 */
public final class InputTable {

    private InputTable() {}

    public static List<InputRow> fromResource(String resource) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        List<Map<String, String>> rows = CsvResource.read(resource);
        List<InputRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) out.add(new InputRow(name + " data row " + (i + 1), rows.get(i)));
        return out;
    }

    /** An analyst's CSV file (any of ; , or tab, UTF-8 or Windows-1252); blank rows are skipped. */
    public static List<InputRow> fromFile(Path file, List<String> requiredColumns) {
        List<InputRow> out = new ArrayList<>();
        try (CsvTableReader r = CsvTableReader.open(file)) {
            String[] header = r.header();
            for (String col : requiredColumns) {
                boolean found = false;
                for (String h : header) found |= h.equalsIgnoreCase(col);
                if (!found)
                    throw new KansenkaartException(file.getFileName() + " line 1: missing column '" + col
                            + "'; the table needs " + String.join(", ", requiredColumns));
            }
            TableRow row;
            while ((row = r.next()) != null) {
                String where = file.getFileName() + " line " + row.line();
                if (row.problem() != null) throw new KansenkaartException(where + ": " + row.problem());
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) m.put(header[i].toLowerCase(java.util.Locale.ROOT), row.get(i));
                out.add(new InputRow(where, m));
            }
        } catch (IOException e) {
            throw new KansenkaartException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    public static List<InputRow> fromProject(Connection c, String table) {
        List<InputRow> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY fid")) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String col = md.getColumnName(i);
                    if (col.equals("fid")) continue;
                    Object v = rs.getObject(i);
                    m.put(col, v == null ? null : text(v));
                }
                out.add(new InputRow("project table " + table + ", row " + rs.getLong("fid"), m));
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read " + table + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Replaces all rows of a project table inside the caller's transaction. */
    public static void replace(Connection c, String table, List<String> columns, List<Map<String, Object>> rows)
            throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM " + table);
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + "?,".repeat(columns.size() - 1) + "?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map<String, Object> row : rows) {
                for (int i = 0; i < columns.size(); i++) ps.setObject(i + 1, row.get(columns.get(i)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Numbers without a needless ".0", so exported tables read like the shipped ones. */
    static String text(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString(d.longValue());
        return v.toString();
    }
}
