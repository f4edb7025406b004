package nl.kansenkaart.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.codes.EuralList;
import nl.kansenkaart.codes.Sbi2008;
import nl.kansenkaart.disclosure.Disclosed;
import nl.kansenkaart.disclosure.CellRef;
import nl.kansenkaart.disclosure.DisclosureLedger;
import nl.kansenkaart.geo.AreaIndex;
import nl.kansenkaart.geo.RdNew;
import nl.kansenkaart.model.Area;
import nl.kansenkaart.model.AreaLevel;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.project.AreaStore;
import nl.kansenkaart.project.CompanyStore;
import nl.kansenkaart.project.GpkgGeometry;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;
import org.locationtech.jts.geom.Coordinate;

/**
 * Builds the workshop tables of the project's base data under disclosure control: public facts
 * (boundaries, who is where and in which sector) pass; company figures (jobs, value, tonnes) only
 * as disclosure control allows. Every figure is declared in the export's {@link DisclosureLedger},
 * which logs what it withholds.
 */
public final class WorkshopTables {

    /** Text shown in a cell whose value is withheld. */
    public static final String CONFIDENTIAL = "vertrouwelijk";

    private final ProjectFile project;
    private final DisclosureLedger ledger;
    private final boolean english;

    /** @param english the notes on withheld figures in English (else Dutch) */
    public WorkshopTables(ProjectFile project, DisclosureLedger ledger, boolean english) {
        this.english = english;
        this.project = project;
        this.ledger = ledger;
    }

    /** A company's own figure in the companies table ("jobs" or "economic_value_eur"); clusters sum them. */
    static CellRef companyFigure(String companyRef, String column) {
        return new CellRef("companies", companyRef, column);
    }

    public ExportTable areas(AreaLevel level, String name, String title) {
        ExportTable t = new ExportTable(name, title, "MULTIPOLYGON",
                List.of(ExportColumn.text("code"), ExportColumn.text("name"), ExportColumn.text("parent_code")));
        for (Area a : new AreaStore(project).read(level)) t.add(a.geometry(), a.code(), a.name(), a.parentCode());
        return t;
    }

    /** Establishments: name, sector and place are register facts; jobs and value need consent. */
    public ExportTable companies() {
        ExportTable t = new ExportTable("companies", "Bedrijven (vestigingen)", "POINT", List.of(
                ExportColumn.text("ref"), ExportColumn.text("name"), ExportColumn.text("sbi"), ExportColumn.text("sbi_section"),
                ExportColumn.text("activity"), ExportColumn.text("address"), ExportColumn.text("municipality_code"),
                ExportColumn.text("location_precision"), ExportColumn.integer("jobs"), ExportColumn.real("economic_value_eur"),
                ExportColumn.text("figures")));
        for (Company c : new CompanyStore(project).readAll()) {
            List<CellRef> figures = new java.util.ArrayList<>();
            Object jobs = null, value = null;
            if (c.jobs() != null) {
                CellRef r = companyFigure(c.ref(), "jobs");
                ledger.own(r, c.ref(), c.jobs(), 0, true);
                figures.add(r);
                jobs = DisclosedCells.value(r, (long) c.jobs());
            }
            if (c.economicValueEur() != null) {
                CellRef r = companyFigure(c.ref(), "economic_value_eur");
                ledger.own(r, c.ref(), c.economicValueEur(), 0, true);
                figures.add(r);
                value = DisclosedCells.value(r, c.economicValueEur());
            }
            var sbi = Sbi2008.get().lookup(c.sbi());
            t.add(c.location().isLocated() ? RdNew.FACTORY.createPoint(new Coordinate(c.location().x(), c.location().y())) : null,
                    c.ref(), c.name(), c.sbi(), sbi.map(s -> s.section()).orElse(null), sbi.map(s -> s.descriptionNl()).orElse(null),
                    c.address().oneLine(), c.municipalityCode(), c.location().precision().name(), jobs, value,
                    DisclosedCells.anyWithheld(figures, CONFIDENTIAL, "getoond"));
        }
        return t;
    }

    /**
     * LMA tonnes per municipality of origin, EURAL chapter and year. The contributors are the
     * ontdoeners (name + postcode), so a cell dominated by one company is withheld.
     */
    public ExportTable lmaByMunicipality() {
        ExportTable t = new ExportTable("lma_by_municipality", "LMA-afval per gemeente, hoofdstuk en jaar", null, List.of(
                ExportColumn.text("municipality_code"), ExportColumn.text("municipality"), ExportColumn.integer("year"),
                ExportColumn.text("eural_chapter"), ExportColumn.text("chapter_name"), ExportColumn.real("tonnes"),
                ExportColumn.integer("producers"), ExportColumn.text("note")));
        List<Area> municipalities = new AreaStore(project).read(AreaLevel.MUNICIPALITY);
        AreaIndex index = new AreaIndex(municipalities);
        // key municipality|year|chapter -> producer -> tonnes
        Map<String, Map<String, Double>> cells = new TreeMap<>();
        String sql = "SELECT substr(eural, 1, 2), year, lower(trim(coalesce(ontdoener_name, ''))) || '|' ||"
                + " coalesce(ontdoener_postcode, origin_postcode, ''), sum(weight_kg), min(geom) FROM " + Tables.LMA_RECORDS
                + " WHERE geom IS NOT NULL GROUP BY 1, 2, 3, coalesce(origin_postcode, ontdoener_postcode)";
        try (Statement st = project.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                double[] e = GpkgGeometry.envelope(rs.getBytes(5));
                Area m = e == null ? null : index.locate(e[0], e[2]);
                if (m == null) continue;
                String key = m.code() + "|" + rs.getInt(2) + "|" + rs.getString(1);
                cells.computeIfAbsent(key, k -> new HashMap<>()).merge(rs.getString(3), rs.getDouble(4) / 1000.0, Double::sum);
            }
        } catch (SQLException e) {
            throw new KansenkaartException("cannot read LMA records: " + e.getMessage(), e);
        }
        Map<String, String> names = new HashMap<>();
        for (Area a : municipalities) names.put(a.code(), a.name());
        Map<String, String> chapterNames = new HashMap<>();
        EuralList.get().all().forEach(e -> chapterNames.putIfAbsent(e.chapter(), e.chapterName()));
        for (Map.Entry<String, Map<String, Double>> cell : cells.entrySet()) {
            String[] k = cell.getKey().split("\\|");
            CellRef r = new CellRef(t.name(), cell.getKey(), "tonnes");
            Disclosed d = ledger.control().disclose(cell.getValue());
            ledger.add(r, cell.getValue().values().stream().mapToDouble(Double::doubleValue).sum(), List.of(cell.getValue()), d);
            t.add(null, k[0], names.get(k[0]), Long.parseLong(k[1]), k[2], chapterNames.get(k[2]),
                    d.isSuppressed() ? null : DisclosedCells.value(r, round(d.value())), (long) d.contributors(), DisclosedCells.reason(r, english));
        }
        return t;
    }

    static double round(double tonnes) {
        return Math.round(tonnes * 10) / 10.0;
    }
}
