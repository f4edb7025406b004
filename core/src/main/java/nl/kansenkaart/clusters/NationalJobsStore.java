package nl.kansenkaart.clusters;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.StepTables;
import nl.kansenkaart.steps.InputRow;
import nl.kansenkaart.steps.InputTable;

/** The national jobs input table (year, sector, jobs): shipped CBS figures or the analyst's own. */
public final class NationalJobsStore {

    public static final String RESOURCE = "/nl/kansenkaart/steps/national_jobs.csv";
    public static final List<String> COLUMNS = List.of("year", "sector", "jobs", "label", "source");

    /** A validated row. */
    public record Row(int year, String sector, double jobs, String label, String source) {}

    private NationalJobsStore() {}

    public static List<Row> parse(List<InputRow> rows) {
        List<Row> out = new ArrayList<>();
        Map<String, String> seen = new TreeMap<>();
        for (InputRow r : rows) {
            double y = r.requiredNumber("year");
            if (y != Math.rint(y) || y < 1990 || y > 2100) throw r.error("year " + r.get("year") + " is not a year");
            String sector = r.required("sector").toUpperCase(java.util.Locale.ROOT);
            if (!sector.matches("TOTAL|[A-U]|[A-U]-[A-U]|\\d{2,5}"))
                throw r.error("sector '" + r.get("sector") + "' is not TOTAL, an A10 group (B-E), a section letter or SBI digits");
            double jobs = r.requiredNumber("jobs");
            if (jobs < 0) throw r.error("jobs must not be negative");
            if (seen.put((int) y + "/" + sector, r.where()) != null) throw r.error("year " + (int) y + " sector " + sector + " appears twice");
            out.add(new Row((int) y, sector, jobs, r.get("label"), r.get("source")));
        }
        return out;
    }

    public static List<Row> defaults() {
        return parse(InputTable.fromResource(RESOURCE));
    }

    public static List<Row> read(ProjectFile project) {
        return parse(InputTable.fromProject(project.connection(), StepTables.NATIONAL_JOBS));
    }

    public static TreeSet<Integer> years(List<Row> rows) {
        TreeSet<Integer> years = new TreeSet<>();
        for (Row r : rows) years.add(r.year());
        return years;
    }

    /** The table of one year; the latest year with a TOTAL when {@code year} is 0. */
    public static NationalJobs forYear(List<Row> rows, int year) {
        int y = year;
        if (y == 0) {
            for (Row r : rows) if (r.sector().equals(NationalJobs.TOTAL)) y = Math.max(y, r.year());
            if (y == 0) throw new KansenkaartException("the national jobs table has no TOTAL row");
        }
        Map<String, Double> m = new LinkedHashMap<>();
        for (Row r : rows) if (r.year() == y) m.put(r.sector(), r.jobs());
        if (m.isEmpty()) throw new KansenkaartException("the national jobs table has no figures for " + y
                + "; years present: " + years(rows));
        return new NationalJobs(y, m);
    }

    public static void replace(Connection c, List<Row> rows) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", r.year());
            m.put("sector", r.sector());
            m.put("jobs", r.jobs());
            m.put("label", r.label());
            m.put("source", r.source());
            out.add(m);
        }
        InputTable.replace(c, StepTables.NATIONAL_JOBS, COLUMNS, out);
    }
}
